package dev.upright.contracts.progress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client logged a session. Holds what plan-service needs to progress or pause each exercise: sets done,
 * effort and pain per exercise, and whether the session was complete.
 *
 * @param plannedSessionId the plan's session this log fulfils, or null for an unplanned session
 */
public record SessionLogged(
        UUID sessionLogId,
        UUID clientId,
        UUID planId,
        UUID plannedSessionId,
        Instant performedAt,
        boolean partial,
        List<ExerciseResult> exercises) {

    public static final String TYPE = "progress.session-logged.v1";

    /**
     * @param completedAsPrescribed every prescribed set was done with at least the prescribed reps or hold
     * @param painKind              mild-tension, sharp or worsening ({@link PainKind}); null without pain
     */
    public record ExerciseResult(UUID exerciseId, List<SetResult> sets, Integer rpe, int painScore, String painKind,
            String painLocation, boolean completedAsPrescribed) {
    }

    public record SetResult(Integer reps, Double loadKg, Integer holdSeconds, Integer durationSeconds) {
    }
}
