package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Purpose;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.SessionEstimate;
import dev.upright.plan.generation.Text;
import dev.upright.plan.generation.Violation;

/**
 * Desk workers get a daily block of posture breaks (chin tucks, shoulder-blade squeezes, band
 * pull-aparts) lasting a minute or two. Others may get one from their therapist; it is not required.
 */
public final class PostureBreakRule implements PlanRule {

    public static final int MIN_SECONDS = 60;
    public static final int MAX_SECONDS = 120;

    @Override
    public RuleCode code() {
        return RuleCode.POSTURE_BREAKS;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        ClientProfile profile = check.profile();
        Catalogue catalogue = check.catalogue();
        GeneratedPlan plan = check.plan();
        List<Prescription> breaks = plan.postureBreaks();
        List<Violation> out = new ArrayList<>();
        if (profile.deskWorker() && breaks.isEmpty()) {
            out.add(new Violation(code(), "The client works at a desk but the plan has no posture breaks.",
                    "Add a daily block of chin tucks, shoulder-blade squeezes or band pull-aparts."));
        }
        for (Prescription p : breaks) {
            catalogue.find(p.exerciseId()).filter(o -> !Purpose.POSTURE_BREAK.matches(o) || p.block() != Block.POSTURE_BREAK)
                    .ifPresent(o -> out.add(new Violation(code(), "daily posture breaks: " + o.name() + " is not a posture-break move.",
                            "Use chin tucks, shoulder-blade squeezes or band pull-aparts.")));
        }
        double seconds = breaks.stream().mapToDouble(p -> SessionEstimate.breakSeconds(p.dose())).sum();
        if (!breaks.isEmpty() && (seconds < MIN_SECONDS || seconds > MAX_SECONDS)) {
            out.add(new Violation(code(), "daily posture breaks take about " + Text.minutes(Math.round(seconds)) + " s.",
                    "Keep the posture breaks to a minute or two."));
        }
        return out;
    }
}
