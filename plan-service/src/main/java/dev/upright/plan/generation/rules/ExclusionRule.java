package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.Eligibility.Exclusion;
import dev.upright.plan.generation.ExerciseOption;
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
    public List<Violation> check(PlanCheck check) {
        if (!anyBroken(check)) return List.of();
        Catalogue catalogue = check.catalogue();
        List<Violation> out = new ArrayList<>();
        for (PlanWalk.Placed placed : PlanWalk.prescriptions(check.plan())) {
            int position = catalogue.indexOf(placed.prescription().exerciseId());
            if (position < 0) continue;
            ExerciseOption option = catalogue.options().get(position);
            for (Exclusion exclusion : check.pools().exclusions(position)) {
                if (exclusion.kind() == kind) {
                    out.add(new Violation(code, placed.where() + ": " + option.name() + " " + exclusion.detail() + ".",
                            fix(option)));
                }
            }
        }
        return out;
    }

    /** Whether any exercise of the plan has this rule's kind of exclusion; most plans have none to name. */
    private boolean anyBroken(PlanCheck check) {
        for (int position : check.used()) {
            for (Exclusion exclusion : check.pools().exclusions(position)) {
                if (exclusion.kind() == kind) return true;
            }
        }
        return false;
    }
}
