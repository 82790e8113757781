package dev.upright.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body, shaped like the ones the services answer with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:upright:problem:";

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }
}
