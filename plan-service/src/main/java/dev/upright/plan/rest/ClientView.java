package dev.upright.plan.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.upright.plan.domain.Client;

public record ClientView(UUID id, String displayName, String email, String phone, String experienceLevel,
        List<String> equipment, List<String> goals, Integer sessionsPerWeek, Integer sessionMinutes, boolean deskWorker,
        List<String> painAreas, List<String> contraindications, String therapistUserId, String therapistName,
        String userId, String username, String notes, Instant createdAt, Instant updatedAt, long version,
        List<String> unavailableItems) {

    static ClientView of(Client c) {
        return new ClientView(c.id, c.displayName, c.email, c.phone, c.experienceLevel, List.of(c.equipment),
                List.of(c.goals), c.sessionsPerWeek, c.sessionMinutes, c.deskWorker, List.of(c.painAreas),
                List.of(c.contraindications), c.therapistUserId, c.therapistName, c.userId, c.username, c.notes,
                c.createdAt, c.updatedAt, c.version, List.of(c.unavailableItems));
    }
}
