package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Purpose;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Violation;

/** Every session ends with 3 to 5 different static stretches, each held 15 to 20 s and repeated. */
public final class CoolDownRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.COOL_DOWN;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        Catalogue catalogue = check.catalogue();
        List<Violation> out = new ArrayList<>();
        for (PlanWalk.At at : check.sessions()) {
            List<Prescription> coolDown = at.session().coolDown();
            int[] positions = check.positions(at, 2);
            long distinct = PlanWalk.distinctExercises(coolDown);
            if (coolDown.size() < 3 || coolDown.size() > 5 || distinct != coolDown.size()) {
                out.add(new Violation(code(), at.where() + ": the cool-down has " + coolDown.size() + " moves ("
                        + distinct + " different).", "End with 3 to 5 different static stretches."));
            }
            for (int i = 0; i < coolDown.size(); i++) {
                Prescription p = coolDown.get(i);
                if (positions[i] >= 0 && !catalogue.serves(positions[i], Purpose.STRETCH)) {
                    ExerciseOption o = catalogue.options().get(positions[i]);
                    out.add(new Violation(code(),
                            at.where() + ": " + o.name() + " is not a static stretch.", "Replace " + o.name() + " with a static stretch."));
                }
                boolean held = p.dose() instanceof Dose.Hold h
                        && h.holdSeconds() >= Doses.STRETCH_MIN_HOLD_SECONDS && h.holdSeconds() <= Doses.STRETCH_MAX_HOLD_SECONDS
                        && h.repetitions() >= Doses.STRETCH_MIN_REPETITIONS;
                if (!held || p.block() != Block.COOL_DOWN) {
                    out.add(new Violation(code(), at.where() + ": " + p.name() + " is not held 15 to 20 s at least twice.",
                            "Prescribe " + p.name() + " as holds of 15 to 20 s, repeated 2 or more times."));
                }
            }
        }
        return out;
    }
}
