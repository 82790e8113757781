package dev.upright.testing;

import java.util.List;
import java.util.Locale;

/**
 * Decides where a module's test servers come from: embedded processes (no Docker) or containers of the official
 * images. Pure: the Docker engine is asked through {@link Engine}, so the decision is tested without one.
 */
public final class ServerSelection {

    public static final String PROPERTY = "upright.servers";
    public static final String ENVIRONMENT = "UPRIGHT_SERVERS";

    /** Where the servers come from. */
    public enum Kind {
        EMBEDDED, CONTAINERS
    }

    /** The chosen path and, in words, why. */
    public record Choice(Kind kind, String reason) {

        /** One line for the test log. */
        public String describe() {
            return "Test servers: " + kind.name().toLowerCase(Locale.ROOT) + " (" + reason + ")";
        }
    }

    /** What the decision needs to know of a container engine. */
    public interface Engine {

        /** Whether a Docker engine answers. */
        boolean answers();

        /** Those of the images the engine has neither locally nor can pull; asked only when it answers. */
        List<String> missing(List<String> images);
    }

    private ServerSelection() {
    }

    /** The setting as given: the system property first, then the environment variable; null when neither is set. */
    public static String setting() {
        String property = System.getProperty(PROPERTY);
        return property != null ? property : System.getenv(ENVIRONMENT);
    }

    /**
     * @param setting {@code embedded}, {@code containers} or {@code auto}; null or blank means auto
     * @param images the images the containers path would run
     */
    public static Choice choose(String setting, List<String> images, Engine engine) {
        String value = setting == null || setting.isBlank() ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded" -> new Choice(Kind.EMBEDDED, PROPERTY + "=embedded");
            case "containers" -> forcedContainers(images, engine);
            case "auto" -> automatic(images, engine);
            default -> throw new IllegalArgumentException("Unknown value '" + setting + "' of " + PROPERTY
                    + " (or " + ENVIRONMENT + "): use embedded, containers or auto (the default)");
        };
    }

    /** Forced containers fail rather than fall back: whoever forces them wants to test against the images. */
    private static Choice forcedContainers(List<String> images, Engine engine) {
        if (!engine.answers()) {
            throw new IllegalStateException(PROPERTY + "=containers, but no Docker engine answers: start one, or run"
                    + " with -D" + PROPERTY + "=embedded or auto");
        }
        List<String> missing = engine.missing(images);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(PROPERTY + "=containers, but the Docker engine can neither find nor pull "
                    + String.join(", ", missing) + ": pull them, or run with -D" + PROPERTY + "=embedded or auto");
        }
        return new Choice(Kind.CONTAINERS, PROPERTY + "=containers; images " + String.join(", ", images));
    }

    private static Choice automatic(List<String> images, Engine engine) {
        if (!engine.answers()) {
            return new Choice(Kind.EMBEDDED, PROPERTY + "=auto: no Docker engine answers");
        }
        List<String> missing = engine.missing(images);
        if (!missing.isEmpty()) {
            return new Choice(Kind.EMBEDDED, PROPERTY + "=auto: a Docker engine answers but can neither find nor pull "
                    + String.join(", ", missing));
        }
        return new Choice(Kind.CONTAINERS, PROPERTY + "=auto: a Docker engine answers and supplies "
                + String.join(", ", images));
    }
}
