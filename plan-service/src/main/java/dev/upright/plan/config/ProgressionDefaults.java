package dev.upright.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The deployment's progression thresholds, used by every clinic that has not set its own. */
@ConfigMapping(prefix = "upright.progression")
public interface ProgressionDefaults {

    /** Logged sessions in a row that must go well before an exercise steps up. */
    @WithDefault("2")
    int qualifyingSessions();

    /** The highest effort (RPE 1-10) that still counts as manageable. */
    @WithDefault("7")
    int maxManageableRpe();

    /** A pain score (0-10) at or above this pauses or regresses the exercise. */
    @WithDefault("5")
    int painThreshold();

    /** What concerning pain does to an exercise: pause or regress. */
    @WithDefault("pause")
    String onPain();
}
