package dev.upright.plan.generation.rules;

import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;

/** Beginners get beginner moves only; advanced moves (renegade rows, high barbell rows) only for advanced clients. */
public final class LevelRule extends ExclusionRule {

    public LevelRule() {
        super(RuleCode.LEVEL, Eligibility.Kind.LEVEL);
    }

    @Override
    String fix(ExerciseOption option) {
        String easier = option.easierId() == null ? "" : " (its progression chain has an easier variation)";
        return "Replace " + option.name() + " with a move at the client's level" + easier + ".";
    }
}
