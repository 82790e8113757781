package dev.upright.web.problem;

/** Problem type URIs: stable names clients can switch on. */
public final class ProblemTypes {

    private static final String PREFIX = "urn:upright:problem:";

    private ProblemTypes() {
    }

    public static String of(String slug) {
        return PREFIX + slug;
    }
}
