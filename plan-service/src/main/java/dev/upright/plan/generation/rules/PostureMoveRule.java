package dev.upright.plan.generation.rules;

import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Strengthening;
import dev.upright.plan.generation.Violation;

/** At least one posture-focused move (face pull, scapular squeeze, wall angel, reverse fly, band pull-apart). */
public final class PostureMoveRule extends StrengtheningBlockRule {

    @Override
    public RuleCode code() {
        return RuleCode.POSTURE_MOVE_REQUIRED;
    }

    @Override
    Optional<Violation> test(ClientProfile profile, List<ExerciseOption> eligible, List<ExerciseOption> block, PlanWalk.At at) {
        if (Strengthening.hasPostureMove(block)) return Optional.empty();
        return Optional.of(new Violation(code(), at.where() + ": no posture-focused move in the strengthening block.",
                "Add a posture move that fits the client, e.g. scapular squeezes (no equipment)."));
    }
}
