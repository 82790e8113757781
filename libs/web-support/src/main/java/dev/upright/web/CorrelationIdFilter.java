package dev.upright.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Starts the correlation id that then follows a request through every service: the caller's own, when it
 * sent a sensible one, or a new one. It goes into the logs, upstream, and back to the caller.
 */
public class CorrelationIdFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    // Callers choose the id, so keep it to characters that are harmless in headers and logs
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = idFor(request.getHeaderString(HEADER));
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }

    /** The caller's id when it is sensible, otherwise a new one; also for requests served outside JAX-RS. */
    public static String idFor(String sent) {
        return sent != null && ACCEPTED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
    }

    /** The id assigned to this request. */
    public static String of(ContainerRequestContext request) {
        return (String) request.getProperty(MDC_KEY);
    }
}
