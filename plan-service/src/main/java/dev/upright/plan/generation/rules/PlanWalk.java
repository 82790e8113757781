package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.Prescription;

/** Visits a plan's sessions and prescriptions with a readable place name for violation texts. */
final class PlanWalk {

    /**
     * A session and where it is: week and session number from 1, and its index among all the plan's
     * sessions. The place name is only written when a violation needs it.
     */
    record At(int week, int number, int index, PlannedSession session) {
        String where() {
            return "week " + week + ", session " + number;
        }
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
                out.add(new At(w + 1, s + 1, out.size(), sessions.get(s)));
            }
        }
        return out;
    }

    /** How many different exercises the rows name (a block is a handful of rows, so no set is built). */
    static int distinctExercises(List<Prescription> rows) {
        int distinct = 0;
        for (int i = 0; i < rows.size(); i++) {
            boolean earlier = false;
            for (int j = 0; j < i && !earlier; j++) {
                earlier = rows.get(j).exerciseId().equals(rows.get(i).exerciseId());
            }
            if (!earlier) distinct++;
        }
        return distinct;
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
