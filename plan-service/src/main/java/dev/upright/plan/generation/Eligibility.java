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

    /**
     * {@link #exclusions} of every option of the catalogue, by position. The same answers, worked out
     * once per plan: the profile's sets are sorted once, and what depends only on an exercise comes from the catalogue.
     */
    static List<List<Exclusion>> all(ClientProfile profile, Catalogue catalogue) {
        String[] contraindications = profile.contraindications().isEmpty() ? new String[0]
                : new TreeSet<>(profile.contraindications()).toArray(String[]::new);
        String[] matchedAs = new String[contraindications.length];
        for (int c = 0; c < contraindications.length; c++) {
            matchedAs[c] = contraindications[c].trim().toLowerCase(Locale.ROOT);
        }
        String[] painAreas = profile.painAreas().isEmpty() ? new String[0]
                : new TreeSet<>(profile.painAreas()).toArray(String[]::new);
        List<ExerciseOption> options = catalogue.options();
        List<List<Exclusion>> out = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            ExerciseOption option = options.get(i);
            List<Exclusion> exclusions = null;
            for (int c = 0; c < contraindications.length; c++) {
                String code = matchedAs[c];
                if (code.equals(catalogue.idText(i)) || code.equals(option.slug()) || code.equals(option.movement())) {
                    exclusions = add(exclusions, new Exclusion(Kind.CONTRAINDICATED,
                            "is ruled out by the therapist (" + contraindications[c] + ")", Set.of()));
                    break;
                }
            }
            for (String area : painAreas) {
                boolean loads = PainAreas.REGIONS.containsKey(area) ? catalogue.loadedRegions(i).contains(area)
                        : option.primaryMuscles().contains(area);
                if (loads) {
                    exclusions = add(exclusions, new Exclusion(Kind.PAIN, "loads " + Text.words(area) + ", a reported pain area", Set.of()));
                    break;
                }
            }
            if (!levelAllows(profile.experience(), option.difficulty())) {
                exclusions = add(exclusions, catalogue.levelExclusion(i, profile.experience()));
            }
            String[] equipment = catalogue.sortedEquipment(i);
            int missing = 0;
            for (int j = 0; j < equipment.length; j++) {
                if (!profile.has(equipment[j])) missing |= 1 << j;
            }
            if (missing != 0) {
                exclusions = add(exclusions, catalogue.equipmentExclusion(i, missing));
            }
            out.add(exclusions == null ? List.of() : List.copyOf(exclusions));
        }
        return out;
    }

    private static List<Exclusion> add(List<Exclusion> to, Exclusion exclusion) {
        List<Exclusion> out = to == null ? new ArrayList<>(2) : to;
        out.add(exclusion);
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
        if (hasAll(option, profile)) return Set.of();
        Set<String> missing = new TreeSet<>();
        for (String item : option.equipment()) {
            if (!profile.has(item)) missing.add(item);
        }
        return missing;
    }

    private static boolean hasAll(ExerciseOption option, ClientProfile profile) {
        for (String item : option.equipment()) {
            if (!profile.has(item)) return false;
        }
        return true;
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
