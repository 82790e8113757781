package dev.upright.plan.generation;

import java.util.List;

/**
 * A plan: its weeks, a daily posture-break block (empty unless the client works at a desk), and
 * plan-wide explanations (frequency, exclusions, inputs).
 */
public record GeneratedPlan(List<PlannedWeek> weeks, List<Prescription> postureBreaks, List<Reason> explanations) {
    public GeneratedPlan {
        weeks = List.copyOf(weeks);
        postureBreaks = List.copyOf(postureBreaks);
        explanations = List.copyOf(explanations);
    }
}
