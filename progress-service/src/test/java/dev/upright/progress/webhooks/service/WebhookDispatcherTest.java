package dev.upright.progress.webhooks.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** One attempt against a real HTTP server on 127.0.0.1: what is sent, and what is not. */
class WebhookDispatcherTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldNotSendWhenTheHostNowResolvesToANonPublicAddressAndSaySoInTheOutcome() {
        var outcome = dispatcher(false).attempt(due(), Instant.now());

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.status()).isNull();
        assertThat(outcome.error()).startsWith("Not sent: host 127.0.0.1 resolves to 127.0.0.1, a loopback address");
        assertThat(requests).hasValue(0);
    }

    @Test
    void shouldCountA2xxAsDeliveredAndNotFollowARedirect() {
        var dispatcher = dispatcher(true);
        assertThat(dispatcher.attempt(due(), Instant.now())).isEqualTo(new WebhookDispatcher.Outcome(200, null));

        answer.set(307);
        var redirected = dispatcher.attempt(due(), Instant.now());
        assertThat(redirected.delivered()).isFalse();
        assertThat(redirected.status()).isEqualTo(307);
        assertThat(requests).hasValue(2);
    }

    private WebhookDispatcher dispatcher(boolean allowPrivate) {
        var dispatcher = new WebhookDispatcher(new Settings(allowPrivate));
        dispatcher.addresses = Settings.addresses(allowPrivate);
        return dispatcher;
    }

    private WebhookDispatcher.Due due() {
        return new WebhookDispatcher.Due(UUID.randomUUID(), "evt-1", "{}", 0, Instant.now(),
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks", "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    }
}
