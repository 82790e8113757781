package dev.upright.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.upright.gateway.config.GatewayConfig;
import dev.upright.gateway.problem.GatewayProblem;
import dev.upright.gateway.resilience.CircuitBreaker;
import dev.upright.gateway.resilience.ServiceInstances;
import dev.upright.gateway.resilience.ServiceInstances.Instance;
import dev.upright.gateway.routing.RouteTable;
import dev.upright.web.CorrelationIdFilter;
import io.quarkus.runtime.Startup;
import io.netty.channel.EventLoop;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/** Sends a request on to the service that owns its path and hands back that service's answer as it is. */
@ApplicationScoped
@Startup // a broken route table should stop the start, not the first request
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept", "If-Match",
            "If-None-Match", "Idempotency-Key", CorrelationIdFilter.HEADER);
    // WWW-Authenticate too: a 401 from a service is only meaningful with it
    // Content-Disposition: exports (CSV, the program PDF) arrive as files with their names
    static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition", "ETag", "Location",
            "Retry-After", CorrelationIdFilter.HEADER, "WWW-Authenticate");

    private final GatewayConfig config;
    private final RouteTable routes;
    private final Vertx vertx;
    private final Map<EventLoop, WebClient> clientsByEventLoop = new ConcurrentHashMap<>();
    // For a call that does not come from an event loop (none does today)
    private final WebClient elsewhere;
    private final Map<String, ServiceInstances> instances = new HashMap<>();

    UpstreamProxy(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        this.routes = RouteTable.of(config.pathsByService());
        config.services().forEach((name, service) -> instances.put(name, new ServiceInstances(service.urls(),
                () -> new CircuitBreaker(config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor(),
                        System::nanoTime))));
        this.elsewhere = newClient();
        config.services().forEach((name, service) ->
                LOG.infof("Route: %s at %s owns %s", name, String.join(", ", service.urls()), service.paths()));
    }

    private WebClient newClient() {
        return WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(config.maxConnectionsPerService())
                .setFollowRedirects(false)
                .setUserAgentEnabled(false)
                .setName("upright-gateway"));
    }

    /**
     * The client of the event loop this request runs on. A pooled connection answers on the event loop that
     * opened it, so with one shared pool a request often got a connection of another loop and every event
     * crossed threads (a wake-up each way); with a pool per loop the whole exchange stays on one thread.
     */
    private WebClient clientForThisEventLoop() {
        Context context = io.vertx.core.Vertx.currentContext();
        if (!(context instanceof ContextInternal internal) || !context.isEventLoopContext()) {
            return elsewhere;
        }
        return clientsByEventLoop.computeIfAbsent(internal.nettyEventLoop(), loop -> newClient());
    }

    /** What the caller sent, reduced to the parts that are forwarded; gatewayOrigin is scheme://host[:port]. */
    public record Incoming(HttpMethod method, String rawPath, String rawQuery, MultiMap headers,
            io.vertx.core.buffer.Buffer body, String correlationId, String gatewayOrigin) {
    }

    /** The service's answer as it goes back to the caller: only the passed-on headers, Location rewritten. */
    public record Answer(int status, MultiMap headers, io.vertx.core.buffer.Buffer body) {
    }

    public Uni<Answer> forward(Incoming incoming) {
        RouteTable.Route route = routes.route(incoming.rawPath())
                .orElseThrow(() -> GatewayProblem.noRoute(incoming.rawPath()));
        String service = route.service();
        ServiceInstances candidates = instances.get(service);
        Instance first = candidates.next(List.of())
                .orElseThrow(() -> GatewayProblem.resting(service, candidates.secondsUntilOneTakesCalls()));
        return attempt(incoming, service, candidates, first, List.of())
                .onFailure(failure -> !(failure instanceof GatewayProblem))
                .transform(failure -> classify(service, failure));
    }

    /**
     * Calls one instance. When it refuses the connection the request never reached it, so whatever the method,
     * it goes to the next instance in turn; any other failure is the caller's answer, since the instance may
     * have acted on the request.
     */
    private Uni<Answer> attempt(Incoming incoming, String service, ServiceInstances candidates, Instance instance,
            List<Instance> tried) {
        return call(incoming, service, instance)
                .onFailure(UpstreamProxy::neverReached).recoverWithUni(failure -> {
                    List<Instance> triedNow = new ArrayList<>(tried);
                    triedNow.add(instance);
                    return candidates.next(triedNow)
                            .map(next -> {
                                LOG.debugf("%s at %s refused the connection; trying %s", service, instance.baseUrl(),
                                        next.baseUrl());
                                return attempt(incoming, service, candidates, next, triedNow);
                            })
                            .orElseGet(() -> Uni.createFrom().failure(failure));
                });
    }

    private Uni<Answer> call(Incoming incoming, String service, Instance instance) {
        CircuitBreaker breaker = instance.breaker();
        String baseUrl = instance.baseUrl();
        String target = baseUrl + incoming.rawPath() + (incoming.rawQuery() == null ? "" : "?" + incoming.rawQuery());

        HttpRequest<Buffer> request = clientForThisEventLoop().requestAbs(incoming.method(), target)
                // Tears the connection down if the service goes silent; the overall limit is below
                .idleTimeout(config.requestTimeout().toMillis());
        for (String name : REQUEST_HEADERS) {
            List<String> values = incoming.headers().getAll(name);
            if (!values.isEmpty()) {
                request.putHeader(name, values);
            }
        }
        request.putHeader(CorrelationIdFilter.HEADER, incoming.correlationId());

        long started = System.nanoTime();
        Uni<HttpResponse<Buffer>> sent = incoming.body() == null ? request.send()
                : request.sendBuffer(Buffer.newInstance(incoming.body()));
        return onRequestContext(sent, config.requestTimeout())
                .onItemOrFailure().invoke((response, failure) -> {
                    // Any answer, even an error status, shows the service is there; only transport failures count
                    if (failure == null) {
                        breaker.onSuccess();
                    } else {
                        breaker.onFailure();
                    }
                })
                .onCancellation().invoke(breaker::abandon)
                .map(response -> {
                    LOG.debugf("%s %s -> %s %d (%d ms)", incoming.method(), incoming.rawPath(), service,
                            response.statusCode(), (System.nanoTime() - started) / 1_000_000);
                    return answer(response, baseUrl, incoming.gatewayOrigin());
                });
    }

    private static boolean neverReached(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static Answer answer(HttpResponse<Buffer> upstream, String baseUrl, String gatewayOrigin) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (String name : RESPONSE_HEADERS) {
            for (String value : upstream.headers().getAll(name)) {
                headers.add(name, name.equals("Location") ? pointAtGateway(value, baseUrl, gatewayOrigin) : value);
            }
        }
        Buffer body = upstream.body();
        // The buffer the client read the answer into goes out as it is: no copy
        return new Answer(upstream.statusCode(), headers, body == null || body.length() == 0 ? null : body.getDelegate());
    }

    /**
     * A service builds absolute Locations from the address it was called on, which is internal; the
     * caller needs the same path on the gateway. Locations elsewhere pass untouched.
     */
    static String pointAtGateway(String location, String baseUrl, String gatewayOrigin) {
        try {
            URI target = URI.create(location);
            URI base = URI.create(baseUrl);
            boolean sameOrigin = target.isAbsolute() && base.getScheme().equalsIgnoreCase(target.getScheme())
                    && base.getHost().equalsIgnoreCase(target.getHost()) && port(base) == port(target);
            if (!sameOrigin || gatewayOrigin == null) {
                return location;
            }
            return gatewayOrigin + location.substring((target.getScheme() + "://" + target.getRawAuthority()).length());
        } catch (IllegalArgumentException | NullPointerException e) {
            return location;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private GatewayProblem classify(String service, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return GatewayProblem.unavailable(service, "did not answer within "
                        + config.requestTimeout().toSeconds() + " s", failure);
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return GatewayProblem.unavailable(service, "cannot be reached", failure);
            }
            if (cause instanceof HttpClosedException) {
                // Typically a service shutting down while a kept-alive connection was reused
                return GatewayProblem.unavailable(service, "closed the connection without answering", failure);
            }
        }
        return GatewayProblem.badGateway(service, failure);
    }

    /**
     * Limits the wait for an answer and delivers it on the request's own Vert.x context (where Quarkus expects
     * the rest of the request, with its MDC correlation id). The timer runs on the request's event loop, so
     * neither the timeout nor a normal answer hands the request to another thread; only an answer that does
     * arrive elsewhere is sent back.
     */
    private static <T> Uni<T> onRequestContext(Uni<T> uni, Duration timeout) {
        Context context = io.vertx.core.Vertx.currentContext();
        Uni<T> limited = uni.ifNoItem().after(timeout)
                .on(context instanceof ContextInternal internal ? internal.nettyEventLoop() : Infrastructure.getDefaultWorkerPool())
                .failWith(() -> new TimeoutException("no answer within " + timeout.toSeconds() + " s"));
        if (context == null) {
            return limited;
        }
        return limited.emitOn(on(context));
    }

    /** Runs on the given Vert.x context: at once when already there, otherwise handed over to it. */
    static Executor on(Context context) {
        return command -> {
            if (io.vertx.core.Vertx.currentContext() == context) {
                command.run();
            } else {
                context.runOnContext(ignored -> command.run());
            }
        };
    }

    @PreDestroy
    void close() {
        clientsByEventLoop.values().forEach(WebClient::close);
        elsewhere.close();
    }
}
