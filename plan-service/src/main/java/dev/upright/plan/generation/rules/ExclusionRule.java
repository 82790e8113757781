package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.Eligibility.Exclusion;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** A rule that no prescribed exercise, in any block, may have one kind of {@link Eligibility} exclusion. */
abstract sealed class ExclusionRule implements PlanRule
        permits EquipmentRule, LevelRule, PainAreaRule, ContraindicationRule {

    private final RuleCode code;
    private final Eligibility.Kind kind;

    ExclusionRule(RuleCode code, Eligibility.Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public RuleCode code() {
        return code;
    }

    /** What to do about an exercise that breaks this rule. */
    abstract String fix(ExerciseOption option);

    @Override
    public List<Violation> check(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        List<Violation> out = new ArrayList<>();
        for (PlanWalk.Placed placed : PlanWalk.prescriptions(plan)) {
            catalogue.find(placed.prescription().exerciseId()).ifPresent(option -> {
                for (Exclusion exclusion : Eligibility.exclusions(option, profile)) {
                    if (exclusion.kind() == kind) {
                        out.add(new Violation(code, placed.where() + ": " + option.name() + " " + exclusion.detail() + ".",
                                fix(option)));
                    }
                }
            });
        }
        return out;
    }
}
