package dev.upright.web.problem;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.upright.web.CorrelationIdFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every failure of a request into an application/problem+json answer (RFC 9457). */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.status() >= 500) {
            LOG.warnf("%s (%s)", e.getMessage(), e.getCause());
        }
        Response answer = respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
        if (e.headers().isEmpty()) {
            return answer;
        }
        var withHeaders = Response.fromResponse(answer);
        e.headers().forEach(withHeaders::header);
        return withHeaders.build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(400, "unreadable-body", "Unreadable request body",
                "The body is not valid JSON for this request: " + e.getOriginalMessage(), uri, List.of());
    }

    /** A value of the wrong type ("reps": "many") names the field, like any other bad field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        var problem = ProblemException.invalid(field, "is not a valid value here: " + e.getOriginalMessage());
        return respond(problem.status(), problem.slug(), problem.title(), problem.getMessage(), uri, problem.errors());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthenticated", "Not authenticated",
                "A valid bearer token from the platform's Keycloak realm is required.", uri, List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this action.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = status == 404 ? "No resource at " + uri.getPath() + "." : e.getMessage();
        return respond(status, slugOf(type.getReasonPhrase()), type.getReasonPhrase(), detail, uri, List.of());
    }

    /** Last in line: a mapper for every Throwable that other modules may place before it. */
    public static final int LAST = jakarta.ws.rs.Priorities.USER + 1000;

    @ServerExceptionMapper(priority = LAST)
    public Response unexpected(Throwable e, UriInfo uri) {
        return internalError(e, uri);
    }

    /** The 500 answer, logged with its stack trace: a failure nobody foresaw. */
    public static Response internalError(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(500, "internal-error", "Internal error",
                "The request failed on our side; quote the correlation id when reporting it.", uri, List.of());
    }

    public static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Object correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        var body = new Problem(ProblemTypes.of(slug), title, status, detail, uri == null ? null : uri.getPath(),
                correlationId == null ? null : correlationId.toString(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String slugOf(String reason) {
        return reason == null ? "error" : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
