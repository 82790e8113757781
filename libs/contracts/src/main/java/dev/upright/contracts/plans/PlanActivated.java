package dev.upright.contracts.plans;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A plan became a client's current plan (replacing any earlier one). Carries what was prescribed, so
 * progress-service can check logged sessions against it and measure adherence without calling back.
 *
 * @param clientUserId    the client's account in the identity provider (token subject), if linked
 * @param therapistUserId the assigned therapist's account, who receives the client's alerts
 */
public record PlanActivated(
        UUID planId,
        UUID clientId,
        String clientUserId,
        String therapistUserId,
        Instant activatedAt,
        int weeks,
        int sessionsPerWeek,
        List<PlannedSession> sessions) {

    public static final String TYPE = "plans.plan-activated.v1";

    /** One session of the plan; {@code week} counts from 1, {@code order} within the week from 1. */
    public record PlannedSession(UUID sessionId, int week, int order, List<PlannedExercise> exercises) {
    }

    /** An exercise as prescribed in a session; block is warm-up, strengthening, cool-down or posture-break. */
    public record PlannedExercise(UUID exerciseId, String name, String block, Integer sets, Integer reps,
            Integer holdSeconds, Integer repetitions, Double minutes, Integer seconds) {
    }
}
