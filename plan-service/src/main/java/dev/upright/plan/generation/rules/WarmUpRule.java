package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Place;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Purpose;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.SessionEstimate;
import dev.upright.plan.generation.Text;
import dev.upright.plan.generation.Violation;

/**
 * Every session opens with 4.5 to 6 minutes of different dynamic warm-up moves, none longer than
 * 2 minutes, and never a static stretch.
 */
public final class WarmUpRule implements PlanRule {

    public static final double MIN_MINUTES = 4.5;
    public static final double MAX_MINUTES = 6.0;
    private static final double EPSILON = 1e-9;

    @Override
    public RuleCode code() {
        return RuleCode.WARM_UP;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        Catalogue catalogue = check.catalogue();
        List<Violation> out = new ArrayList<>();
        for (PlanWalk.At at : check.sessions()) {
            List<Prescription> warmUp = at.session().warmUp();
            int[] positions = check.positions(at, 0);
            for (int i = 0; i < warmUp.size(); i++) {
                Prescription p = warmUp.get(i);
                if (positions[i] >= 0 && !catalogue.serves(positions[i], Purpose.WARM_UP)) {
                    ExerciseOption o = catalogue.options().get(positions[i]);
                    // Names the exercise so the safety check's "static stretch in the warm-up" is not said twice
                    out.add(new Violation(code(),
                            at.where() + ": " + o.name() + " is a " + Text.words(o.category()) + " exercise, not a dynamic warm-up move.",
                            o.isStaticStretch() ? "Move " + o.name() + " to the cool-down." : "Replace " + o.name() + " with a warm-up move.",
                            new Place(at.week(), at.number(), Block.WARM_UP), o.id()));
                }
                if (p.block() != Block.WARM_UP || !(p.dose() instanceof Dose.Timed t)
                        || t.minutes() > Doses.WARM_UP_MOVE_MAX_MINUTES + EPSILON) {
                    out.add(new Violation(code(), at.where() + ": " + p.name() + " is not a timed warm-up move of at most 2 minutes.",
                            "Give " + p.name() + " a warm-up dose of 0.5 to 2 minutes."));
                }
            }
            if (PlanWalk.distinctExercises(warmUp) != warmUp.size()) {
                out.add(new Violation(code(), at.where() + ": the warm-up repeats a move.", "Use different warm-up moves."));
            }
            double minutes = SessionEstimate.warmUpMinutes(warmUp);
            if (minutes < MIN_MINUTES - EPSILON || minutes > MAX_MINUTES + EPSILON) {
                out.add(new Violation(code(), at.where() + ": the warm-up lasts " + Text.minutes(minutes) + " minutes.",
                        "Make the warm-up about 5 minutes (4.5 to 6)."));
            }
        }
        return out;
    }
}
