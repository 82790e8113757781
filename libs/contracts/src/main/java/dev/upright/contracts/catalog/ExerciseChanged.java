package dev.upright.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Full snapshot of an exercise after a change. Consumers keep the newest version per exercise id,
 * so a compacted topic of these snapshots is enough to rebuild any read model from scratch.
 *
 * @param tenantId owning clinic, or {@code null} for the global catalogue
 * @param version  increases with every change; consumers ignore snapshots older than what they hold
 */
public record ExerciseChanged(
        UUID exerciseId,
        String tenantId,
        Change change,
        long version,
        String slug,
        String name,
        String category,
        String movement,
        String difficulty,
        List<String> equipment,
        boolean retired,
        Instant changedAt) {

    public static final String TYPE = "catalog.exercise-changed.v1";

    public enum Change {
        CREATED, UPDATED, RETIRED
    }
}
