package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.upright.plan.generation.Eligibility.Exclusion;
import dev.upright.plan.generation.Eligibility.Kind;

/**
 * Turns "too few exercises fit" into a violation that says which exercises were ruled out and why,
 * and the smallest change that would help: equipment first (the cheapest fix), then level, then a
 * review of pain areas and contraindications (which the generator itself never overrides).
 */
public final class Shortfall {

    private static final int LISTED = 6;

    private Shortfall() {
    }

    public static Violation of(RuleCode rule, Purpose purpose, int needed, ClientProfile profile, Catalogue catalogue) {
        List<ExerciseOption> candidates = catalogue.options().stream().filter(purpose::matches).toList();
        if (candidates.isEmpty()) {
            return new Violation(rule, "The catalogue has no " + purpose.what() + ".",
                    "Add a " + purpose.what() + " to the clinic's catalogue.");
        }
        List<ExerciseOption> blocked = candidates.stream().filter(o -> !Eligibility.fits(o, profile)).toList();
        int have = candidates.size() - blocked.size();
        String head = needed == 1
                ? "No " + purpose.what() + " fits"
                : "Only " + have + " of the " + needed + " " + purpose.what() + "s needed fit";
        return new Violation(rule, head + ": " + blockers(blocked, profile) + ".", fix(purpose, needed - have, blocked, profile));
    }

    private static String blockers(List<ExerciseOption> blocked, ClientProfile profile) {
        List<String> lines = new ArrayList<>();
        for (ExerciseOption option : blocked.subList(0, Math.min(LISTED, blocked.size()))) {
            lines.add(option.name() + " " + Text.join(Eligibility.exclusions(option, profile).stream().map(Exclusion::detail).toList()));
        }
        if (blocked.size() > LISTED) lines.add((blocked.size() - LISTED) + " more");
        return String.join("; ", lines);
    }

    private static String fix(Purpose purpose, int missing, List<ExerciseOption> blocked, ClientProfile profile) {
        List<String> fixes = new ArrayList<>();
        equipmentFix(missing, blocked, profile).ifPresent(fixes::add);
        List<ExerciseOption> aboveLevel = onlyBlockedBy(blocked, profile, Set.of(Kind.LEVEL, Kind.EQUIPMENT)).stream()
                .filter(o -> hasKind(o, profile, Kind.LEVEL)).toList();
        if (fixes.isEmpty() && aboveLevel.size() >= missing) {
            fixes.add("Once the client is past the " + profile.experience().label() + " level, "
                    + Text.names(aboveLevel) + " become possible (with their equipment).");
        }
        if (fixes.isEmpty()) {
            fixes.add("Review the pain areas and contraindications with the therapist, or add a suitable "
                    + purpose.what() + " to the clinic's catalogue.");
        }
        return String.join(" Or: ", fixes);
    }

    /** Greedy: unlock the moves needing the fewest extra items until enough fit. */
    private static Optional<String> equipmentFix(int missing, List<ExerciseOption> blocked, ClientProfile profile) {
        List<ExerciseOption> onlyEquipment = new ArrayList<>(onlyBlockedBy(blocked, profile, Set.of(Kind.EQUIPMENT)));
        if (onlyEquipment.size() < missing) return Optional.empty();
        onlyEquipment.sort(Comparator.comparingInt((ExerciseOption o) -> Eligibility.missingEquipment(o, profile).size())
                .thenComparing(ExerciseOption::slug));
        Set<String> add = new TreeSet<>();
        List<ExerciseOption> unlocked = new ArrayList<>();
        for (ExerciseOption option : onlyEquipment) {
            if (unlocked.size() >= missing) break;
            add.addAll(Eligibility.missingEquipment(option, profile));
            unlocked.add(option);
        }
        return Optional.of("Add " + Text.equipment(add) + " to the client's equipment (allows " + Text.names(unlocked) + ").");
    }

    private static List<ExerciseOption> onlyBlockedBy(List<ExerciseOption> blocked, ClientProfile profile, Set<Kind> kinds) {
        return blocked.stream()
                .filter(o -> Eligibility.exclusions(o, profile).stream().allMatch(e -> kinds.contains(e.kind())))
                .toList();
    }

    private static boolean hasKind(ExerciseOption option, ClientProfile profile, Kind kind) {
        return Eligibility.exclusions(option, profile).stream().anyMatch(e -> e.kind() == kind);
    }
}
