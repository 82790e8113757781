package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.PlannedWeek;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** Beginners start light: at most 2 sets of anything and at most 5 kg of load. */
public final class LightStartRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.LIGHT_START;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        if (check.profile().experience() != Experience.BEGINNER || allLight(check.plan())) return List.of();
        return PlanWalk.prescriptions(check.plan()).stream()
                .filter(placed -> tooMuch(placed.prescription().dose()))
                .map(placed -> new Violation(code(), placed.where() + ": " + placed.prescription().name() + " at "
                        + Doses.describe(placed.prescription().dose()) + " is more than a beginner starts with.",
                        "Use at most " + Doses.BEGINNER_MAX_SETS + " sets and at most "
                                + (int) Doses.BEGINNER_MAX_LOAD_KG + " kg for a beginner."))
                .toList();
    }

    private static boolean allLight(GeneratedPlan plan) {
        for (PlannedWeek week : plan.weeks()) {
            for (PlannedSession session : week.sessions()) {
                if (!light(session.warmUp()) || !light(session.strengthening()) || !light(session.coolDown())) return false;
            }
        }
        return light(plan.postureBreaks());
    }

    private static boolean light(List<Prescription> prescriptions) {
        for (Prescription p : prescriptions) {
            if (tooMuch(p.dose())) return false;
        }
        return true;
    }

    private static boolean tooMuch(Dose dose) {
        return switch (dose) {
            case Dose.Reps r -> r.sets() > Doses.BEGINNER_MAX_SETS || (r.loadKg() != null && r.loadKg() > Doses.BEGINNER_MAX_LOAD_KG);
            case Dose.Hold h -> h.sets() > Doses.BEGINNER_MAX_SETS;
            case Dose.Duration d -> d.sets() > Doses.BEGINNER_MAX_SETS;
            case Dose.Timed t -> false;
        };
    }
}
