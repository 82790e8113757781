package dev.upright.web.problem;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.web.CorrelationIdFilter;
import io.vertx.core.http.HttpHeaders;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Refuses a request whose Content-Length is over {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus's
 * own check, the next route, would answer the same 413 with an empty body. Like Quarkus, it reads none of the body and
 * closes the connection once the answer is out, so the rest of a large body is never taken in. A streamed body (chunked,
 * without a Content-Length) is read here up to the limit, since RESTEasy's own count ends the answer with an empty 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void install(@Observes Router router) {
        maxBodySize.ifPresent(max -> {
            long maxBytes = max.asLongValue();
            BodyHandler streamed = BodyHandler.create(false).setBodyLimit(maxBytes);
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                    .handler(context -> refuseOver(maxBytes, streamed, context))
                    .failureHandler(context -> {
                        if (context.failure() == null && context.statusCode() == 413) {
                            refuse(maxBytes, context);
                        } else {
                            context.next();
                        }
                    });
        });
    }

    private void refuseOver(long maxBytes, BodyHandler streamed, RoutingContext context) {
        long length = declaredLength(context);
        if (length > maxBytes) {
            refuse(maxBytes, context);
        } else if (length < 0 && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // Reads the body, then goes on, or fails the request with 413 past the limit
            streamed.handle(context);
        } else {
            context.next();
        }
    }

    private void refuse(long maxBytes, RoutingContext context) {
        String correlationId = CorrelationIdFilter.idFor(context.request().getHeader(CorrelationIdFilter.HEADER));
        var body = new Problem(ProblemTypes.of("request-entity-too-large"), "Request Entity Too Large", 413,
                "The request body is larger than " + maxBytes + " bytes.", context.normalizedPath(), correlationId,
                List.of());
        try {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(CorrelationIdFilter.HEADER, correlationId)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close())
                    .end(Buffer.buffer(json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body that cannot be written: " + body, e);
        }
    }

    /** The Content-Length sent, or -1: without one (chunked) the body is counted as it is read. */
    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            // Not a length at all: Quarkus and Vert.x refuse that request themselves
            return -1;
        }
    }
}
