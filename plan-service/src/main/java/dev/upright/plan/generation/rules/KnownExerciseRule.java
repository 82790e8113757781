package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** Every prescription names an exercise of the catalogue; the other rules cannot judge one that does not. */
public final class KnownExerciseRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.KNOWN_EXERCISE;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        if (!check.anyUnknown()) return List.of();
        Catalogue catalogue = check.catalogue();
        return PlanWalk.prescriptions(check.plan()).stream()
                .filter(placed -> catalogue.find(placed.prescription().exerciseId()).isEmpty())
                .map(placed -> new Violation(code(), placed.where() + ": " + placed.prescription().name()
                        + " (" + placed.prescription().exerciseId() + ") is not in catalogue version " + catalogue.version() + ".",
                        "Replace it with an exercise from the current catalogue."))
                .toList();
    }
}
