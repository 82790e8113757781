package dev.upright.progress.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.upright.progress.service.LogSession;

/**
 * The body of {@code POST /api/v1/sessions}; each field means what it does in {@link LogSession}, whose exercise
 * entries it takes as they are (they have no HTTP concern). SessionResource turns it into that command.
 */
public record LogSessionRequest(UUID clientId, UUID plannedSessionId, Instant performedAt,
        List<LogSession.ExerciseEntry> exercises, String notes) {
}
