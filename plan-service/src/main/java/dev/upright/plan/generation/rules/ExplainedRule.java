package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.PlannedWeek;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Reason;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** Every prescription carries at least one reason, in words. */
public final class ExplainedRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.EXPLAINED;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        if (allExplained(check.plan())) return List.of();
        return PlanWalk.prescriptions(check.plan()).stream()
                .filter(placed -> placed.prescription().reasons().isEmpty()
                        || placed.prescription().reasons().stream().anyMatch(r -> r.text().isBlank()))
                .map(placed -> new Violation(code(), placed.where() + ": " + placed.prescription().name() + " has no reason given.",
                        "Say which rule and which client fact led to " + placed.prescription().name() + "."))
                .toList();
    }

    private static boolean allExplained(GeneratedPlan plan) {
        for (PlannedWeek week : plan.weeks()) {
            for (PlannedSession session : week.sessions()) {
                if (!explained(session.warmUp()) || !explained(session.strengthening()) || !explained(session.coolDown())) {
                    return false;
                }
            }
        }
        return explained(plan.postureBreaks());
    }

    private static boolean explained(List<Prescription> prescriptions) {
        for (Prescription p : prescriptions) {
            if (p.reasons().isEmpty()) return false;
            for (Reason reason : p.reasons()) {
                if (reason.text().isBlank()) return false;
            }
        }
        return true;
    }
}
