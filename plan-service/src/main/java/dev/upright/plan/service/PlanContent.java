package dev.upright.plan.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanSession;
import dev.upright.plan.generation.Violation;
import dev.upright.plan.mapping.StoredPlan;

/**
 * A plan with its sessions and exercises in the order the client does them.
 *
 * @param warnings advice the last edit did not follow (only set in the answer to an edit)
 */
public record PlanContent(Plan plan, List<SessionContent> sessions, List<PlanExercise> postureBreaks,
        List<Violation> warnings) {

    public record SessionContent(PlanSession session, List<PlanExercise> exercises) {
    }

    static PlanContent load(Plan plan) {
        Map<UUID, List<PlanExercise>> bySession = new LinkedHashMap<>();
        List<PlanExercise> breaks = new ArrayList<>();
        for (PlanExercise row : PlanExercise.ofPlan(plan.id)) {
            if (row.planSessionId == null) {
                breaks.add(row);
            } else {
                bySession.computeIfAbsent(row.planSessionId, k -> new ArrayList<>()).add(row);
            }
        }
        List<SessionContent> sessions = PlanSession.ofPlan(plan.id).stream()
                .map(s -> new SessionContent(s, bySession.getOrDefault(s.id, List.of())))
                .toList();
        return new PlanContent(plan, sessions, breaks, List.of());
    }

    PlanContent withWarnings(List<Violation> advice) {
        return new PlanContent(plan, sessions, postureBreaks, advice);
    }

    /** The plan in the generator's shape, for its rules. */
    StoredPlan stored() {
        return StoredPlan.of(plan, sessions.stream().map(s -> new StoredPlan.Session(s.session(), s.exercises())).toList(),
                postureBreaks);
    }

    /** Every row, sessions first, posture breaks last. */
    List<PlanExercise> rows() {
        List<PlanExercise> out = new ArrayList<>();
        sessions.forEach(s -> out.addAll(s.exercises()));
        out.addAll(postureBreaks);
        return out;
    }
}
