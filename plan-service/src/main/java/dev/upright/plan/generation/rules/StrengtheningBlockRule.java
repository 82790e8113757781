package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Purpose;
import dev.upright.plan.generation.Violation;

/** A rule about each session's strengthening block as a whole. */
abstract sealed class StrengtheningBlockRule implements PlanRule
        permits StrengthCountRule, RowRule, PostureMoveRule, SupportWorkRule {

    /** The violation of the session {@code at}, if any; its place name is only written for a violation. */
    abstract Optional<Violation> test(ClientProfile profile, List<ExerciseOption> eligible,
                                      List<ExerciseOption> block, PlanWalk.At at);

    @Override
    public List<Violation> check(PlanCheck check) {
        List<ExerciseOption> eligible = check.pools().get(Purpose.STRENGTHENING);
        List<Violation> out = null;
        for (PlanWalk.At at : check.sessions()) {
            Optional<Violation> broken = test(check.profile(), eligible, check.strengthening(at), at);
            if (broken.isEmpty()) continue;
            if (out == null) out = new ArrayList<>();
            out.add(broken.get());
        }
        return out == null ? List.of() : out;
    }
}
