package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Place;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.Prescription;

/**
 * Visits a plan's sessions and every prescription where it sits: sessions week by week, each in block order,
 * then the daily posture breaks. The one walk the rules, the safety check and the stored plans share.
 */
public final class PlanWalk {

    /**
     * A session and where it is: week and session number from 1, and its index among all the plan's
     * sessions. The place name is only written when a violation needs it.
     */
    public record At(int week, int number, int index, PlannedSession session) {
        String where() {
            return Place.session(week, number);
        }
    }

    /** A prescription and where it sits. */
    public record Placed(Place place, Prescription prescription) {
        public String where() {
            return place.where();
        }
    }

    private PlanWalk() {
    }

    /** The plan's sessions numbered as the client meets them: from 1 in each week. */
    public static List<At> sessions(GeneratedPlan plan) {
        List<At> out = new ArrayList<>();
        for (int w = 0; w < plan.weeks().size(); w++) {
            List<PlannedSession> sessions = plan.weeks().get(w).sessions();
            for (int s = 0; s < sessions.size(); s++) {
                out.add(new At(w + 1, s + 1, out.size(), sessions.get(s)));
            }
        }
        return out;
    }

    public static List<Placed> prescriptions(GeneratedPlan plan) {
        return prescriptions(sessions(plan), plan.postureBreaks());
    }

    /** Every prescription of these sessions (numbered as their {@code At} says), then the posture breaks. */
    public static List<Placed> prescriptions(List<At> sessions, List<Prescription> postureBreaks) {
        List<Placed> out = new ArrayList<>();
        for (At at : sessions) {
            at.session().inOrder().forEach(p -> out.add(new Placed(new Place(at.week(), at.number(), p.block()), p)));
        }
        postureBreaks.forEach(p -> out.add(new Placed(Place.POSTURE_BREAKS, p)));
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
}
