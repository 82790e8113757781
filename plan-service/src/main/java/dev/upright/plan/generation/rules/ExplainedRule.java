package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** Every prescription carries at least one reason, in words. */
public final class ExplainedRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.EXPLAINED;
    }

    @Override
    public List<Violation> check(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        return PlanWalk.prescriptions(plan).stream()
                .filter(placed -> placed.prescription().reasons().isEmpty()
                        || placed.prescription().reasons().stream().anyMatch(r -> r.text().isBlank()))
                .map(placed -> new Violation(code(), placed.where() + ": " + placed.prescription().name() + " has no reason given.",
                        "Say which rule and which client fact led to " + placed.prescription().name() + "."))
                .toList();
    }
}
