package dev.upright.catalog.rest;

import java.util.List;

import dev.upright.web.problem.ProblemException;

/** Reads the version a writer last saw from its If-Match header ({@code "3"}, or weak {@code W/"3"}). */
final class Versions {

    private Versions() {
    }

    /** @return null when the header is absent */
    static Long fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the ETag of the exercise, such as \"3\"");
        }
    }

    static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send the exercise's ETag in If-Match, so a change made meanwhile by someone else is not overwritten.",
                List.of());
    }
}
