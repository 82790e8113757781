package dev.upright.plan.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.plan.domain.PlanChange;

/** One change to a plan: what changed, why, on which logged sessions, and who (or what) changed it. */
public record PlanChangeView(UUID id, String kind, String source, UUID exerciseId, String exerciseName,
        UUID newExerciseId, String step, String reason, List<UUID> sessionLogIds, JsonNode doseBefore,
        JsonNode doseAfter, String by, Instant at) {

    static PlanChangeView of(PlanChange change, ObjectMapper json) {
        return new PlanChangeView(change.id, change.kind, change.source, change.exerciseId, change.exerciseName,
                change.newExerciseId, change.step, change.reason,
                change.sessionLogIds == null ? List.of() : Arrays.asList(change.sessionLogIds),
                tree(json, change.doseBefore), tree(json, change.doseAfter), change.changedBy, change.changedAt);
    }

    private static JsonNode tree(ObjectMapper json, String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored dose is not JSON", e);
        }
    }
}
