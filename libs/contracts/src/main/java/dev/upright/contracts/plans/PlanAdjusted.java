package dev.upright.contracts.plans;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An active plan changed by itself (progression, a pause or a regression after pain) or by its therapist
 * after activation. Carries the plan's sessions as they now stand, so consumers replace what they hold
 * instead of replaying each change; paused exercises are left out of {@code sessions}, because nobody
 * should be asked to do them.
 *
 * @param changes why the plan changed; one entry per exercise affected
 */
public record PlanAdjusted(
        UUID planId,
        UUID clientId,
        Instant adjustedAt,
        List<Change> changes,
        List<PlanActivated.PlannedSession> sessions) {

    public static final String TYPE = "plans.plan-adjusted.v1";

    /**
     * @param kind           progressed, paused, regressed or edited
     * @param exerciseId     the exercise as it was before the change
     * @param newExerciseId  the variation that replaced it, or null when it stays the same exercise
     * @param reason         in plain words, naming the rule and the sessions
     * @param sessionLogIds  the logged sessions the change rests on (empty for a therapist's edit)
     */
    public record Change(UUID changeId, String kind, UUID exerciseId, UUID newExerciseId, String reason,
            List<UUID> sessionLogIds) {
    }
}
