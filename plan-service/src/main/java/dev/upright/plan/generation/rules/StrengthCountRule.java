package dev.upright.plan.generation.rules;

import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Strengthening;
import dev.upright.plan.generation.Violation;

/** 3 to 5 different strengthening moves (strength, posture, core, lower-back or grip) per session. */
public final class StrengthCountRule extends StrengtheningBlockRule {

    @Override
    public RuleCode code() {
        return RuleCode.STRENGTH_COUNT;
    }

    @Override
    Optional<Violation> test(ClientProfile profile, List<ExerciseOption> eligible, List<ExerciseOption> block, PlanWalk.At at) {
        if (Strengthening.sizeFits(block)) return Optional.empty();
        return Optional.of(new Violation(code(), at.where() + ": the strengthening block has " + block.size()
                + " moves; it needs 3 to 5 different strength, posture, core, lower-back or grip moves.",
                "Make it 3 to 5 different strengthening moves."));
    }
}
