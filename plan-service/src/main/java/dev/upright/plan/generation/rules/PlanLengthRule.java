package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** The plan has the number of weeks the profile asks for (4 by default). */
public final class PlanLengthRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.PLAN_LENGTH;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        ClientProfile profile = check.profile();
        GeneratedPlan plan = check.plan();
        if (plan.weeks().size() == profile.planWeeks()) return List.of();
        return List.of(new Violation(code(), "The plan has " + plan.weeks().size() + " weeks; the profile asks for "
                + profile.planWeeks() + ".", "Make the plan " + profile.planWeeks() + " weeks long."));
    }
}
