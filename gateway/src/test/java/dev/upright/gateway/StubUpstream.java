package dev.upright.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service behind the gateway: answers what a test told it to, per path, and remembers
 * what it received so the test can check what the gateway forwarded.
 */
public final class StubUpstream implements AutoCloseable {

    /** A request as the stub received it. Header names are matched ignoring case. */
    public record Received(String method, String rawPath, String rawQuery, Headers headers, String body) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What the stub answers on one path. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {

        public static Answer of(int status, String contentType, String body) {
            return new Answer(status, contentType, body, Map.of(), 0);
        }

        public Answer withHeader(String name, String value) {
            var all = new HashMap<>(headers);
            all.put(name, value);
            return new Answer(status, contentType, body, all, delayMillis);
        }

        public Answer after(long millis) {
            return new Answer(status, contentType, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Received> received = new ConcurrentHashMap<>();

    private StubUpstream(HttpServer server) {
        this.server = server;
    }

    public static StubUpstream start() {
        return start(0);
    }

    /** On a given port, so a test can stop a service and bring it back where the gateway expects it. */
    public static StubUpstream start(int port) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            var stub = new StubUpstream(server);
            server.createContext("/", stub::handle);
            server.setExecutor(stub.executor);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answer(String path, Answer answer) {
        answers.put(path, answer);
    }

    /** The last request received on this path, or null. */
    public Received lastOn(String path) {
        return received.get(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.put(path, new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), new String(body, StandardCharsets.UTF_8)));

            Answer answer = answers.getOrDefault(path, Answer.of(404, "text/plain", "stub: nothing on " + path));
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            if (answer.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            }
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] out = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

}
