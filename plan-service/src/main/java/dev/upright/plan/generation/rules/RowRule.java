package dev.upright.plan.generation.rules;

import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Strengthening;
import dev.upright.plan.generation.Violation;

/** At least one rowing movement per session. */
public final class RowRule extends StrengtheningBlockRule {

    @Override
    public RuleCode code() {
        return RuleCode.ROW_REQUIRED;
    }

    @Override
    Optional<Violation> test(ClientProfile profile, List<ExerciseOption> eligible, List<ExerciseOption> block, PlanWalk.At at) {
        if (Strengthening.hasRow(block)) return Optional.empty();
        return Optional.of(new Violation(code(), at.where() + ": no rowing movement in the strengthening block.",
                "Add a row that fits the client, e.g. a band row."));
    }
}
