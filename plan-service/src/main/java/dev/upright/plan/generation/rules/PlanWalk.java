package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.Prescription;

/** Visits a plan's sessions and prescriptions with a readable place name for violation texts. */
final class PlanWalk {

    record At(String where, PlannedSession session) {
    }

    record Placed(String where, Prescription prescription) {
    }

    private PlanWalk() {
    }

    static List<At> sessions(GeneratedPlan plan) {
        List<At> out = new ArrayList<>();
        for (int w = 0; w < plan.weeks().size(); w++) {
            List<PlannedSession> sessions = plan.weeks().get(w).sessions();
            for (int s = 0; s < sessions.size(); s++) {
                out.add(new At("week " + (w + 1) + ", session " + (s + 1), sessions.get(s)));
            }
        }
        return out;
    }

    static List<Placed> prescriptions(GeneratedPlan plan) {
        List<Placed> out = new ArrayList<>();
        for (At at : sessions(plan)) {
            at.session().inOrder().forEach(p -> out.add(new Placed(at.where() + ", " + p.block().label(), p)));
        }
        plan.postureBreaks().forEach(p -> out.add(new Placed("daily posture breaks", p)));
        return out;
    }
}
