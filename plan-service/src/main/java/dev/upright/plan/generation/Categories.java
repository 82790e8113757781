package dev.upright.plan.generation;

import java.util.Set;

/** The catalogue codes the rules are written against. */
public final class Categories {

    public static final String WARM_UP = "warm-up";
    public static final String STRENGTH = "strength";
    public static final String POSTURE = "posture";
    public static final String CORE = "core";
    public static final String LOWER_BACK = "lower-back";
    public static final String GRIP = "grip";
    public static final String STRETCH = "stretch";
    public static final String POSTURE_BREAK = "posture-break";

    /** Categories that may fill the strengthening block. */
    public static final Set<String> STRENGTHENING = Set.of(STRENGTH, POSTURE, CORE, LOWER_BACK, GRIP);

    public static final String ROW_MOVEMENT = "row";
    public static final String PULL_APART_MOVEMENT = "pull-apart";
    public static final String STATIC_STRETCH_MOVEMENT = "static-stretch";

    public static final String NO_EQUIPMENT = "none";

    public static final String BEGINNER = "beginner";
    public static final String INTERMEDIATE = "intermediate";
    public static final String ADVANCED = "advanced";

    private Categories() {
    }
}
