package dev.upright.catalog.domain;

import java.util.Set;

/**
 * The closed lists an exercise is described with. Plan generation picks by these words (a warm-up, a row,
 * a posture move), so a clinic exercise must use them too rather than inventing its own.
 */
public final class Vocabulary {

    public static final Set<String> CATEGORIES = Set.of(
            "warm-up", "strength", "posture", "lower-back", "grip", "posture-break", "stretch");

    public static final Set<String> MOVEMENTS = Set.of(
            "mobility", "rotation", "extension", "row", "retraction", "pull-apart", "fly", "bridge", "hinge",
            "anti-rotation", "squeeze", "carry", "hang", "chin-tuck", "static-stretch");

    public static final Set<String> DIFFICULTIES = Set.of("beginner", "intermediate", "advanced");

    private Vocabulary() {
    }
}
