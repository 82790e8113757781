package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Frequency;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** Sessions a week: the therapist's number (1 to 6) if set, otherwise the usual range of the client's level. */
public final class FrequencyRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.FREQUENCY;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        ClientProfile profile = check.profile();
        GeneratedPlan plan = check.plan();
        List<Violation> out = new ArrayList<>();
        Integer set = profile.sessionsPerWeek();
        int min = set != null ? set : Frequency.usualMin(profile.experience());
        int max = set != null ? set : Frequency.usualMax(profile.experience());
        for (int w = 0; w < plan.weeks().size(); w++) {
            int n = plan.weeks().get(w).sessions().size();
            if (n < min || n > max || n < Frequency.THERAPIST_MIN || n > Frequency.THERAPIST_MAX) {
                String expected = min == max ? Integer.toString(min) : min + " to " + max;
                out.add(new Violation(code(), "week " + (w + 1) + " has " + n + " sessions; " + expected + " expected"
                        + (set != null ? " (set by the therapist)." : " for a " + profile.experience().label() + "."),
                        "Plan " + expected + " sessions in week " + (w + 1) + "."));
            }
        }
        return out;
    }
}
