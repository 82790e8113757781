package dev.upright.gateway.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.upright.gateway.rest.CorrelationIdFilter;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The gateway's own failures as problem+json, with the same type URIs as the services' (the gateway
 * keeps this small copy because the services' shared library would bring a database along).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response gateway(GatewayProblem e, UriInfo uri) {
        if (e.status() >= 500) {
            LOG.warnf("%s (%s)", e.getMessage(), e.getCause());
        }
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthenticated", "Not authenticated",
                "A valid bearer token from the platform's Keycloak realm is required.", uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this action.", uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "No resource at " + uri.getPath() + "." : e.getMessage();
        String reason = status.getReasonPhrase() == null ? "Error" : status.getReasonPhrase();
        return respond(status.getStatusCode(), reason.toLowerCase().replaceAll("[^a-z0-9]+", "-"), reason, detail, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(500, "internal-error", "Internal error",
                "The request failed in the gateway; quote the correlation id when reporting it.", uri);
    }

    private static Response respond(int status, String slug, String title, String detail, UriInfo uri) {
        Object correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        var body = new Problem(Problem.type(slug), title, status, detail, uri == null ? null : uri.getPath(),
                correlationId == null ? null : correlationId.toString());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
