package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What can be known to fail before building anything: every unmeetable rule at once, each with a fix. */
final class Preflight {

    private Preflight() {
    }

    static List<Violation> check(ClientProfile profile, Catalogue catalogue, Pools pools) {
        List<Violation> out = new ArrayList<>();
        int weeks = profile.planWeeks();
        if (weeks < 1 || weeks > PlanGenerator.MAX_WEEKS) {
            out.add(new Violation(RuleCode.PLAN_LENGTH, "A plan of " + weeks + " weeks was asked for.",
                    "Choose a plan length from 1 to " + PlanGenerator.MAX_WEEKS + " weeks."));
        }
        Integer sessions = profile.sessionsPerWeek();
        if (sessions != null && (sessions < Frequency.THERAPIST_MIN || sessions > Frequency.THERAPIST_MAX)) {
            out.add(new Violation(RuleCode.FREQUENCY, sessions + " sessions a week were asked for.",
                    "Set 1 to 6 sessions a week (usually " + Frequency.usualMin(profile.experience()) + " to "
                            + Frequency.usualMax(profile.experience()) + " for a " + profile.experience().label()
                            + "), or leave it empty for the default."));
        }
        List<String> unknown = new TreeSet<>(profile.painAreas()).stream()
                .filter(area -> !PainAreas.isKnown(area, catalogue)).toList();
        if (!unknown.isEmpty()) {
            out.add(new Violation(RuleCode.PAIN_AREA, "Unknown pain area " + Text.join(unknown)
                    + ": the generator cannot tell which exercises would load it.",
                    "Name a region (" + PainAreas.knownAreas() + ") or a muscle code instead."));
        }
        need(out, RuleCode.WARM_UP, Purpose.WARM_UP, warmUpMovesNeeded(), profile, catalogue, pools);
        need(out, RuleCode.ROW_REQUIRED, Purpose.ROW, 1, profile, catalogue, pools);
        need(out, RuleCode.POSTURE_MOVE_REQUIRED, Purpose.POSTURE, 1, profile, catalogue, pools);
        need(out, RuleCode.STRENGTH_COUNT, Purpose.STRENGTHENING, Strengthening.MIN, profile, catalogue, pools);
        need(out, RuleCode.COOL_DOWN, Purpose.STRETCH, PlanGenerator.COOL_DOWN_MIN, profile, catalogue, pools);
        if (profile.deskWorker()) {
            need(out, RuleCode.POSTURE_BREAKS, Purpose.POSTURE_BREAK, 1, profile, catalogue, pools);
        }
        return out;
    }

    /** No warm-up move runs longer than 2 minutes, so reaching 4.5 minutes takes at least 3 moves. */
    static int warmUpMovesNeeded() {
        return (int) Math.ceil(PlanGenerator.WARM_UP_MIN_MINUTES / Doses.WARM_UP_MOVE_MAX_MINUTES);
    }

    private static void need(List<Violation> out, RuleCode rule, Purpose purpose, int needed,
                             ClientProfile profile, Catalogue catalogue, Pools pools) {
        if (pools.get(purpose).size() < needed) out.add(Shortfall.of(rule, purpose, needed, profile, catalogue));
    }
}
