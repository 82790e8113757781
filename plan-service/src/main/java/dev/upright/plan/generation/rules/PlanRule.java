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

    List<Violation> check(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan);
}
