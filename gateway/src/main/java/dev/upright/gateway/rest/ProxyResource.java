package dev.upright.gateway.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.gateway.ratelimit.RequestLimits;
import dev.upright.web.CorrelationIdFilter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Every /api/v1 request, once its bearer token checks out, goes to the service that owns the path. The
 * token travels along: each service checks it again and takes the tenant from it.
 */
@Path("/api/v1")
@Authenticated
public class ProxyResource {

    private static final String ANY = "{path: .*}";

    private final UpstreamProxy proxy;
    private final RequestLimits limits;
    private final JsonWebToken token;

    ProxyResource(UpstreamProxy proxy, RequestLimits limits, JsonWebToken token) {
        this.proxy = proxy;
        this.limits = limits;
        this.token = token;
    }

    @GET
    @Path(ANY)
    @Operation(summary = "Forwarded to the owning service")
    public Uni<Response> get(@Context HttpServerRequest http, @Context ContainerRequestContext request) {
        return forward(HttpMethod.GET, http, request, null);
    }

    @DELETE
    @Path(ANY)
    @Operation(summary = "Forwarded to the owning service")
    public Uni<Response> delete(@Context HttpServerRequest http, @Context ContainerRequestContext request) {
        return forward(HttpMethod.DELETE, http, request, null);
    }

    @POST
    @Path(ANY)
    @Operation(summary = "Forwarded to the owning service")
    public Uni<Response> post(@Context HttpServerRequest http, @Context ContainerRequestContext request, byte[] body) {
        return forward(HttpMethod.POST, http, request, body);
    }

    @PUT
    @Path(ANY)
    @Operation(summary = "Forwarded to the owning service")
    public Uni<Response> put(@Context HttpServerRequest http, @Context ContainerRequestContext request, byte[] body) {
        return forward(HttpMethod.PUT, http, request, body);
    }

    @PATCH
    @Path(ANY)
    @Operation(summary = "Forwarded to the owning service")
    public Uni<Response> patch(@Context HttpServerRequest http, @Context ContainerRequestContext request, byte[] body) {
        return forward(HttpMethod.PATCH, http, request, body);
    }

    private Uni<Response> forward(HttpMethod method, HttpServerRequest http, ContainerRequestContext request,
            byte[] body) {
        limits.check(token);
        return proxy.forward(new UpstreamProxy.Incoming(method, http.path(), http.query(),
                MultiMap.newInstance(http.headers()), body == null ? null : Buffer.buffer(body),
                CorrelationIdFilter.of(request),
                request.getUriInfo().getBaseUri()));
    }
}
