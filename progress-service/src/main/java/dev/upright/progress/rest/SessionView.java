package dev.upright.progress.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.upright.contracts.progress.SessionLogged.SetResult;
import dev.upright.progress.domain.ExerciseLog;
import dev.upright.progress.domain.SessionLog;

/**
 * A logged session as its client and therapist see it. {@code safety} holds, per exercise, the advice to
 * stop and seek help when the reported pain calls for it.
 */
public record SessionView(UUID id, UUID clientId, UUID planId, UUID plannedSessionId, Instant performedAt,
        boolean partial, String notes, List<ExerciseView> exercises, List<SafetyMessage> safety) {

    public record ExerciseView(UUID exerciseId, List<SetResult> sets, Integer totalReps, BigDecimal maxLoadKg, Integer rpe,
            int painScore, String painKind, String painLocation, boolean completedAsPrescribed, String notes) {
    }

    public record SafetyMessage(UUID exerciseId, String message) {
    }

    public static SessionView of(SessionLog session, List<ExerciseLog> logs, Map<UUID, String> safety) {
        return new SessionView(session.id, session.clientId, session.planId, session.plannedSessionId,
                session.performedAt, session.partial, session.notes,
                logs.stream().map(l -> new ExerciseView(l.exerciseId, l.sets, l.totalReps, l.maxLoadKg, l.rpe,
                        l.painScore, l.painKind, l.painLocation, l.completedAsPrescribed, l.notes)).toList(),
                safety.entrySet().stream().map(e -> new SafetyMessage(e.getKey(), e.getValue())).toList());
    }
}
