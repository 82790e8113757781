package dev.upright.plan.progression;

import java.util.Objects;

/**
 * A clinic's progression settings.
 *
 * @param qualifyingSessions how many of the latest results must all qualify before a step up
 * @param maxManageableRpe   the highest effort (RPE, 1 to 10) that still counts as manageable
 * @param painThreshold      a pain score at or above this stops progression and pauses or regresses; apart from
 *                           progress-service's alert threshold on purpose (see {@code contracts.progress.Pain})
 * @param onPain             what to do about concerning pain
 */
public record ProgressionSettings(int qualifyingSessions, int maxManageableRpe, int painThreshold, OnPain onPain) {

    public static final int DEFAULT_QUALIFYING_SESSIONS = 2;
    public static final int DEFAULT_MAX_MANAGEABLE_RPE = 7;
    public static final int DEFAULT_PAIN_THRESHOLD = 5;

    public enum OnPain { PAUSE, REGRESS }

    public ProgressionSettings {
        if (qualifyingSessions < 1) throw new IllegalArgumentException("qualifyingSessions must be at least 1");
        if (maxManageableRpe < 1 || maxManageableRpe > 10) throw new IllegalArgumentException("maxManageableRpe must be 1 to 10");
        // A threshold of 0 would make every result "painful"; 1 is the strictest meaningful setting.
        if (painThreshold < 1 || painThreshold > 10) throw new IllegalArgumentException("painThreshold must be 1 to 10");
        Objects.requireNonNull(onPain, "onPain");
    }

    public static ProgressionSettings defaults() {
        return new ProgressionSettings(DEFAULT_QUALIFYING_SESSIONS, DEFAULT_MAX_MANAGEABLE_RPE, DEFAULT_PAIN_THRESHOLD,
                OnPain.PAUSE);
    }
}
