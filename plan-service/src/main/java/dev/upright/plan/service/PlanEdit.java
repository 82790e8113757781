package dev.upright.plan.service;

import java.util.List;
import java.util.UUID;

import dev.upright.plan.mapping.DoseValues;

/**
 * A therapist's version of a plan (PUT body): every session with its exercises, optionally the
 * posture-break block (absent: kept as it is), and a reason to save despite broken safety rules.
 * A row keeps its history (reasons, override, progression state) when it names the row {@code id}
 * it was, or when the same exercise stays in the same block of the same session.
 */
public record PlanEdit(Long version, List<SessionEdit> sessions, List<ExerciseEdit> postureBreaks, Override override) {

    public record SessionEdit(UUID id, Integer week, Integer order, List<ExerciseEdit> exercises) {
    }

    /** @param setup the equipment of one of the exercise's setups; absent: kept, or the client's first fitting one */
    public record ExerciseEdit(UUID id, UUID exerciseId, String block, DoseValues dose, List<String> setup) {

        public ExerciseEdit(UUID id, UUID exerciseId, String block, DoseValues dose) {
            this(id, exerciseId, block, dose, null);
        }
    }

    public record Override(String reason) {
    }
}
