package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.upright.plan.generation.ClientProfile.Experience;

/** Whether an exercise may be given to a client at all, and if not, every reason why not. */
public final class Eligibility {

    public enum Kind {
        CONTRAINDICATED(RuleCode.CONTRAINDICATION), PAIN(RuleCode.PAIN_AREA), LEVEL(RuleCode.LEVEL), EQUIPMENT(RuleCode.EQUIPMENT);

        private final RuleCode rule;

        Kind(RuleCode rule) {
            this.rule = rule;
        }

        /** The rule an exclusion of this kind enforces. */
        public RuleCode rule() {
            return rule;
        }
    }

    /** One reason an exercise is out; {@code missingEquipment} is filled for {@link Kind#EQUIPMENT} only. */
    public record Exclusion(Kind kind, String detail, Set<String> missingEquipment) {
    }

    private Eligibility() {
    }

    public static boolean fits(ExerciseOption option, ClientProfile profile) {
        return exclusions(option, profile).isEmpty();
    }

    public static List<Exclusion> exclusions(ExerciseOption option, ClientProfile profile) {
        List<Exclusion> out = new ArrayList<>(2);
        contraindication(option, profile).ifPresent(code -> out.add(new Exclusion(Kind.CONTRAINDICATED,
                "is ruled out by the therapist (" + code + ")", Set.of())));
        PainAreas.loadedArea(option, profile.painAreas()).ifPresent(area -> out.add(new Exclusion(Kind.PAIN,
                "loads " + Text.words(area) + ", a reported pain area", Set.of())));
        if (!levelAllows(profile.experience(), option.difficulty())) {
            out.add(new Exclusion(Kind.LEVEL, "is " + option.difficulty() + " and the client is "
                    + profile.experience().label(), Set.of()));
        }
        Set<String> missing = missingEquipment(option, profile);
        if (!missing.isEmpty()) {
            out.add(new Exclusion(Kind.EQUIPMENT, "needs " + Text.equipment(missing), missing));
        }
        return out;
    }

    /** Beginners get beginner moves; intermediates add intermediate ones; unknown difficulties only for advanced clients. */
    public static boolean levelAllows(Experience experience, String difficulty) {
        return switch (experience) {
            case BEGINNER -> Categories.BEGINNER.equals(difficulty);
            case INTERMEDIATE -> Categories.BEGINNER.equals(difficulty) || Categories.INTERMEDIATE.equals(difficulty);
            case ADVANCED -> true;
        };
    }

    public static Set<String> missingEquipment(ExerciseOption option, ClientProfile profile) {
        if (option.equipment().stream().allMatch(profile::has)) return Set.of();
        Set<String> missing = new TreeSet<>();
        for (String item : option.equipment()) {
            if (!profile.has(item)) missing.add(item);
        }
        return missing;
    }

    /** Which contraindication entry (exercise id, slug or movement code) rules the exercise out. */
    public static Optional<String> contraindication(ExerciseOption option, ClientProfile profile) {
        if (profile.contraindications().isEmpty()) return Optional.empty();
        return new TreeSet<>(profile.contraindications()).stream()
                .filter(code -> matches(code, option))
                .findFirst();
    }

    private static boolean matches(String code, ExerciseOption option) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        return c.equals(option.id().toString()) || c.equals(option.slug()) || c.equals(option.movement());
    }
}
