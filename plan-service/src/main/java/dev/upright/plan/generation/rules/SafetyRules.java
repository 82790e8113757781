package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Text;
import dev.upright.plan.generation.Violation;

/**
 * Which rules a therapist's plan must keep, and which are advice. A therapist may deviate from the
 * generator's shape (fewer stretches, the same block all week, an extra session): those come back as
 * warnings. What could hurt the client or cannot be done is a safety rule and blocks the save unless
 * overridden with a reason: an exercise the therapist ruled out, one loading a pain area, one above the
 * client's level, one needing equipment the client lacks, an exercise no longer in the catalogue, and a
 * static stretch in the warm-up (muscles are stretched warm, never cold).
 */
public final class SafetyRules {

    /** Rules checked per prescription and never merely advised. */
    public static final Set<RuleCode> HARD = EnumSet.of(RuleCode.KNOWN_EXERCISE, RuleCode.CONTRAINDICATION,
            RuleCode.PAIN_AREA, RuleCode.EQUIPMENT, RuleCode.LEVEL);

    private SafetyRules() {
    }

    /** The safety rules the whole plan breaks, in the order {@link PlanWalk} visits its prescriptions. */
    public static List<Violation> broken(GeneratedPlan plan, ClientProfile profile, Catalogue catalogue) {
        List<Violation> out = new ArrayList<>();
        for (PlanWalk.Placed placed : PlanWalk.prescriptions(plan)) {
            out.addAll(broken(placed, profile, catalogue));
        }
        return out;
    }

    /** The safety rules one prescription breaks, each with a fix, its place and its exercise. */
    public static List<Violation> broken(PlanWalk.Placed placed, ClientProfile profile, Catalogue catalogue) {
        Prescription p = placed.prescription();
        Optional<ExerciseOption> found = catalogue.find(p.exerciseId());
        if (found.isEmpty()) {
            return List.of(violation(RuleCode.KNOWN_EXERCISE, placed, p.name()
                    + " is no longer in the clinic's catalogue (retired).",
                    "Replace " + p.name() + " with an exercise of the current catalogue."));
        }
        ExerciseOption option = found.get();
        List<Violation> out = new ArrayList<>();
        for (Eligibility.Exclusion exclusion : Eligibility.exclusions(option, profile)) {
            out.add(violation(exclusion.kind().rule(), placed, option.name() + " " + exclusion.detail() + ".",
                    fix(exclusion, option)));
        }
        boolean equipmentFlagged = out.stream().anyMatch(v -> v.rule() == RuleCode.EQUIPMENT);
        if (!equipmentFlagged && p.setup() != null && option.setups().contains(p.setup())) {
            Set<String> lacking = new TreeSet<>();
            p.setup().equipment().forEach(item -> { if (!profile.has(item)) lacking.add(item); });
            if (!lacking.isEmpty()) {
                out.add(violation(RuleCode.EQUIPMENT, placed, option.name() + " is set to be done with "
                        + Text.equipment(p.setup().equipment()) + " and the client has no " + Text.equipment(lacking) + ".",
                        "Choose a setup of " + option.name() + " the client can use, or record " + Text.equipment(lacking)
                                + " in the client's equipment."));
            }
        }
        if (p.block() == Block.WARM_UP && option.isStaticStretch()) {
            out.add(violation(RuleCode.WARM_UP, placed, option.name()
                    + " is a static stretch; stretches come after the work, never in the warm-up.",
                    "Move " + option.name() + " to the cool-down and warm up with a dynamic move."));
        }
        return out;
    }

    /**
     * Every other rule of the generator, as advice. A warm-up stretch already reported as broken is not
     * repeated: the warm-up rule's "not a warm-up move" for the same exercise says the same thing.
     */
    public static List<Violation> advice(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan, List<Violation> broken) {
        Set<UUID> stretchesInWarmUp = broken.stream().filter(v -> v.rule() == RuleCode.WARM_UP && v.exerciseId() != null)
                .map(Violation::exerciseId).collect(Collectors.toSet());
        List<Violation> out = new ArrayList<>();
        for (PlanRule rule : PlanRules.all()) {
            if (HARD.contains(rule.code())) continue;
            for (Violation v : rule.check(profile, catalogue, plan)) {
                boolean repeated = v.rule() == RuleCode.WARM_UP && v.exerciseId() != null
                        && stretchesInWarmUp.contains(v.exerciseId());
                if (!repeated) out.add(v);
            }
        }
        return out;
    }

    private static Violation violation(RuleCode rule, PlanWalk.Placed placed, String what, String fix) {
        return new Violation(rule, placed.where() + ": " + what, fix, placed.place(), placed.prescription().exerciseId());
    }

    private static String fix(Eligibility.Exclusion exclusion, ExerciseOption option) {
        return switch (exclusion.kind()) {
            case CONTRAINDICATED -> "Remove " + option.name() + ", or lift the contraindication in the client's profile.";
            case PAIN -> "Replace " + option.name() + " with a move that spares the painful area.";
            case LEVEL -> "Replace " + option.name() + " with a move at the client's level"
                    + (option.easierId() == null ? "." : ", such as its easier variation.");
            case EQUIPMENT -> "Replace " + option.name() + ", or record " + Text.equipment(exclusion.missingEquipment())
                    + " in the client's equipment.";
        };
    }
}
