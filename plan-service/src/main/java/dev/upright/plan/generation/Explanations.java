package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;


/** Plan-wide reasons: how often, how long, what was left out and why, and what the plan was built from. */
final class Explanations {

    private Explanations() {
    }

    static List<Reason> of(ClientProfile profile, Pools pools, long seed) {
        Catalogue catalogue = pools.catalogue();
        List<Reason> out = new ArrayList<>();
        int sessions = Frequency.sessionsPerWeek(profile);
        String usual = Frequency.usualMin(profile.experience()) + " to " + Frequency.usualMax(profile.experience());
        String level = profile.experience().label();
        if (profile.sessionsPerWeek() == null) {
            out.add(new Reason(RuleCode.FREQUENCY, sessions + " sessions a week, the usual for a " + level + " (" + usual + ")"));
        } else if (Frequency.isUsual(profile, sessions)) {
            out.add(new Reason(RuleCode.FREQUENCY, sessions + " sessions a week, as the therapist set"));
        } else {
            out.add(new Reason(RuleCode.FREQUENCY, sessions + " sessions a week, as the therapist set, although "
                    + usual + " is usual for a " + level));
        }
        out.add(new Reason(RuleCode.PLAN_LENGTH, profile.planWeeks() + " weeks"
                + (profile.weeks() == null ? " (the default length)" : ", as the therapist set")));
        Map<Eligibility.Kind, List<String>> left = new EnumMap<>(Eligibility.Kind.class);
        List<ExerciseOption> options = catalogue.options();
        for (int i = 0; i < options.size(); i++) {
            ExerciseOption option = options.get(i);
            for (Eligibility.Exclusion exclusion : pools.exclusions(i)) {
                left.computeIfAbsent(exclusion.kind(), k -> new ArrayList<>())
                        .add(option.name() + " " + exclusion.detail());
            }
        }
        left.forEach((kind, lines) -> out.add(new Reason(kind.rule(), "Left out: " + String.join("; ", lines))));
        out.add(new Reason(RuleCode.DETERMINISM, "Built from catalogue version " + catalogue.version() + " with seed "
                + seed + "; the same profile, catalogue and seed always give this plan"));
        return out;
    }
}
