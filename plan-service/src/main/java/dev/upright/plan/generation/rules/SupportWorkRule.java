package dev.upright.plan.generation.rules;

import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Strengthening;
import dev.upright.plan.generation.Text;
import dev.upright.plan.generation.Violation;

/**
 * Strength or easing aches as a goal calls for a lower-back move, strength for a grip move, when one
 * fits the client and the block has room beyond its row and posture move (lower back first).
 */
public final class SupportWorkRule extends StrengtheningBlockRule {

    @Override
    public RuleCode code() {
        return RuleCode.SUPPORT_WORK;
    }

    @Override
    Optional<Violation> test(ClientProfile profile, List<ExerciseOption> eligible, List<ExerciseOption> block, PlanWalk.At at) {
        return Strengthening.missingSupport(profile, eligible, block).map(category -> new Violation(code(),
                at.where() + ": the client's goals call for " + Text.words(category) + " work and a "
                        + Text.words(category) + " move fits them, but the block has none.",
                "Replace an extra strengthening move with a " + Text.words(category) + " move that fits the client."));
    }
}
