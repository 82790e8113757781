package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/**
 * One rule a plan must keep. Rules look at a finished plan, so they verify generated plans and
 * therapist-edited ones alike. The catalogue is needed to know what each prescribed exercise is.
 */
public interface PlanRule {

    RuleCode code();

    default List<Violation> check(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        return check(new PlanCheck(profile, catalogue, plan));
    }

    /** The same check, sharing what it works out with the other rules checking the same plan. */
    List<Violation> check(PlanCheck check);
}
