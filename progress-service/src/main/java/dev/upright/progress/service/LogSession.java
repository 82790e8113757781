package dev.upright.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session to log, as the client (or their therapist) reported it. Checked field by field by SessionRules, which
 * names each bad field in the answer.
 *
 * @param clientId         required when staff log on a client's behalf; a client leaves it out (or gives their own)
 * @param plannedSessionId the plan's session this was, or null for an unplanned session
 */
public record LogSession(UUID clientId, UUID plannedSessionId, Instant performedAt, List<ExerciseEntry> exercises,
        String notes) {

    public record ExerciseEntry(UUID exerciseId, List<SetEntry> sets, Integer rpe, PainEntry pain, String notes) {
    }

    /** Reps for counted sets, holdSeconds for holds, durationSeconds for timed work; loadKg when weighted. */
    public record SetEntry(Integer reps, Double loadKg, Integer holdSeconds, Integer durationSeconds) {
    }

    /** Pain felt during the exercise: 0-10, kind mild-tension, sharp or worsening, and where. */
    public record PainEntry(Integer score, String kind, String location) {
    }
}
