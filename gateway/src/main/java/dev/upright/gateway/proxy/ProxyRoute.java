package dev.upright.gateway.proxy;

import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.gateway.problem.GatewayProblem;
import dev.upright.gateway.ratelimit.RequestLimits;
import dev.upright.web.CorrelationIdFilter;
import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemException;
import dev.upright.web.problem.ProblemTypes;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Every /api/v1 request, once its bearer token checks out, goes to the service that owns the path. The token
 * travels along: each service checks it again and takes the tenant from it.
 *
 * <p>A plain Vert.x route rather than a JAX-RS resource: a proxy needs none of RESTEasy's matching, filters,
 * {@code Response} building or body conversion, and those were most of the gateway's CPU per request. The
 * token is still checked by Quarkus's HTTP security (the OIDC bearer mechanism and the verified-token cache);
 * this route only reads the identity it produced and answers its failures as problem+json.
 */
@Singleton
public class ProxyRoute {

    private static final Logger LOG = Logger.getLogger(ProxyRoute.class);

    // Methods with a body to forward; GET, HEAD and DELETE go without one, as before
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    // Quarkus's authentication calls it when checking the token fails; this route answers that failure itself
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BY_ROUTE = (context, failure) -> {
    };

    private final UpstreamProxy proxy;
    private final RequestLimits limits;
    private final ObjectMapper json;
    private final long maxBodyBytes;

    ProxyRoute(UpstreamProxy proxy, RequestLimits limits, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.proxy = proxy;
        this.limits = limits;
        this.json = json;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        var route = router.route("/api/v1/*")
                // Ahead of the routes of default order (RESTEasy's among them), so a proxied request comes straight here
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT);
        for (HttpMethod method : new HttpMethod[] { HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
                HttpMethod.PATCH, HttpMethod.DELETE }) {
            route.method(method);
        }
        // The body handler gathers the body into one buffer, sent on as it is; past the limit it fails the request
        // with 413 (answered by the failure handler). A Content-Length over the limit is refused by Quarkus earlier.
        route.handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .handler(this::forward)
                .failureHandler(this::failed);
    }

    /**
     * The correlation id, as CorrelationIdFilter gives it to JAX-RS requests: in the logs, upstream and back.
     * Assigned on first use, since a request refused by the body handler never reaches {@link #forward}.
     */
    private static String correlate(RoutingContext context) {
        String id = context.get(CorrelationIdFilter.MDC_KEY);
        if (id == null) {
            id = CorrelationIdFilter.idFor(context.request().getHeader(CorrelationIdFilter.HEADER));
            context.put(CorrelationIdFilter.MDC_KEY, id);
            MDC.put(CorrelationIdFilter.MDC_KEY, id);
            context.response().putHeader(CorrelationIdFilter.HEADER, id);
        }
        return id;
    }

    private void forward(RoutingContext context) {
        String correlationId = correlate(context);
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BY_ROUTE);
        var requestContext = Vertx.currentContext();
        // Authentication is lazy (quarkus.http.auth.proactive=false): this asks for the identity, checking the token
        QuarkusHttpUser.getSecurityIdentity(context, null)
                // A cached token answers at once, on this thread; should a check finish elsewhere (a key fetch),
                // carry on on the request's own context
                .emitOn(UpstreamProxy.on(requestContext))
                .onItem().transformToUni(identity -> {
                    if (identity == null || identity.isAnonymous()) {
                        throw GatewayProblem.unauthenticated(null);
                    }
                    limits.check(tokenOf(identity));
                    return proxy.forward(incoming(context, correlationId));
                })
                .subscribe().with(answer -> send(context, answer), failure -> sendProblem(context, problemFor(failure, context)));
    }

    private static JsonWebToken tokenOf(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken token ? token : null;
    }

    private static UpstreamProxy.Incoming incoming(RoutingContext context, String correlationId) {
        HttpServerRequest request = context.request();
        Buffer body = WITH_BODY.contains(request.method()) ? bodyOf(context) : null;
        return new UpstreamProxy.Incoming(request.method(), request.path(), request.query(), request.headers(), body,
                correlationId, originOf(request));
    }

    private static Buffer bodyOf(RoutingContext context) {
        Buffer body = context.body().buffer();
        return body == null ? Buffer.buffer() : body;
    }

    /** scheme://host[:port] as the caller addressed the gateway, for Locations that pointed at a service. */
    private static String originOf(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return null;
        }
        return request.scheme() + "://" + authority.host() + (authority.port() < 0 ? "" : ":" + authority.port());
    }

    private void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure == null && context.statusCode() == 413) {
            sendProblem(context, GatewayProblem.tooLarge(maxBodyBytes));
        } else {
            sendProblem(context, problemFor(failure, context));
        }
    }

    private static ProblemException problemFor(Throwable failure, RoutingContext context) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            return GatewayProblem.unauthenticated(failure);
        }
        LOG.errorf(failure, "Unexpected failure on %s", context.request().path());
        return GatewayProblem.internal(failure);
    }

    private static void send(RoutingContext context, UpstreamProxy.Answer answer) {
        HttpServerResponse response = context.response();
        // The gateway's own correlation id wins over one the service might have echoed
        response.setStatusCode(answer.status()).headers().addAll(answer.headers())
                .set(CorrelationIdFilter.HEADER, correlate(context));
        if (answer.body() == null) {
            response.end();
        } else {
            response.end(answer.body());
        }
    }

    /** The gateway's own errors, shaped as the shared problem mapper shapes them for the services. */
    private void sendProblem(RoutingContext context, ProblemException problem) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        if (problem.status() >= 500) {
            LOG.warnf("%s (%s)", problem.getMessage(), problem.getCause());
        }
        var body = new Problem(ProblemTypes.of(problem.slug()), problem.title(), problem.status(), problem.getMessage(),
                context.normalizedPath(), correlate(context), problem.errors());
        try {
            response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            problem.headers().forEach(response::putHeader);
            response.end(Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body that cannot be written: " + body, e);
        }
    }
}
