package dev.upright.plan.generation.rules;

import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.PainAreas;
import dev.upright.plan.generation.RuleCode;

/** Nothing that loads a reported pain area; see {@link PainAreas} for what "loads" means. */
public final class PainAreaRule extends ExclusionRule {

    public PainAreaRule() {
        super(RuleCode.PAIN_AREA, Eligibility.Kind.PAIN);
    }

    @Override
    String fix(ExerciseOption option) {
        return "Replace " + option.name() + " with a move that spares the painful area.";
    }
}
