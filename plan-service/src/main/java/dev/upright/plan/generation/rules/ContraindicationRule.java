package dev.upright.plan.generation.rules;

import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;

/** The therapist's contraindications (exercise id, slug or movement) always win. */
public final class ContraindicationRule extends ExclusionRule {

    public ContraindicationRule() {
        super(RuleCode.CONTRAINDICATION, Eligibility.Kind.CONTRAINDICATED);
    }

    @Override
    String fix(ExerciseOption option) {
        return "Remove " + option.name() + "; the therapist has ruled it out.";
    }
}
