package dev.upright.web;

import java.util.List;

import dev.upright.web.problem.ProblemException;

/**
 * The version a writer last saw, from its If-Match header: the resource's ETag ({@code "3"}), weak ({@code W/"3"})
 * or bare ({@code 3}). Every write that guards against lost updates reads it here.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param what the resource, for the error ("the exercise")
     * @return null when the header is absent
     */
    public static Long version(String header, String what) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the ETag of " + what + ", such as \"3\"");
        }
    }

    /** 428: the write needs If-Match, so a change made meanwhile by someone else is not overwritten. */
    public static ProblemException required(String what) {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send the ETag of " + what + " in If-Match, so a change made meanwhile by someone else is not overwritten.",
                List.of());
    }
}
