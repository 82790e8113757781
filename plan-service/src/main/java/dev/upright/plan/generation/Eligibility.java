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
        if (!withinReach(profile.experience(), option.difficulty())) {
            out.add(levelExclusion(option, profile.experience()));
        }
        if (setupFor(option, profile).isEmpty()) {
            List<Set<String>> missing = option.setups().stream().map(s -> missing(s, profile)).toList();
            out.add(equipmentExclusion(missing));
        }
        return out;
    }

    /**
     * {@link #exclusions} of every option of the catalogue, by position, and in {@code setups} the position of
     * the setup each option is done with (-1 when none fits). The same answers, worked out once per plan: the
     * profile's sets are sorted once, and what depends only on an exercise comes from the catalogue.
     */
    static List<List<Exclusion>> all(ClientProfile profile, Catalogue catalogue, int[] setups) {
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
            if (!withinReach(profile.experience(), option.difficulty())) {
                exclusions = add(exclusions, catalogue.levelExclusion(i, profile.experience()));
            }
            String[] items = catalogue.items(i);
            int missing = 0;
            for (int j = 0; j < items.length; j++) {
                if (!profile.has(items[j])) missing |= 1 << j;
            }
            setups[i] = catalogue.firstSetupWithout(i, missing);
            if (setups[i] < 0) {
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

    /** Beginner 0, intermediate 1, advanced 2; a difficulty the generator does not know counts as advanced. */
    private static int rank(String difficulty) {
        if (Categories.BEGINNER.equals(difficulty)) return 0;
        if (Categories.INTERMEDIATE.equals(difficulty)) return 1;
        return 2;
    }

    /** How many levels the exercise is above the client: 0 at or below the client's level. */
    public static int levelGap(Experience experience, String difficulty) {
        return Math.max(0, rank(difficulty) - experience.ordinal());
    }

    /** At or below the client's level: given as the catalogue doses it (beginners still start light). */
    public static boolean levelAllows(Experience experience, String difficulty) {
        return levelGap(experience, difficulty) == 0;
    }

    /**
     * At most one level above the client: a beginner may do an intermediate move and an intermediate an advanced
     * one, as its lighter version (see {@link Doses#strengthening}), when nothing at their level fills the slot.
     * Two levels up (a beginner's renegade row) is out.
     */
    public static boolean withinReach(Experience experience, String difficulty) {
        return levelGap(experience, difficulty) <= 1;
    }

    static Exclusion levelExclusion(ExerciseOption option, Experience experience) {
        return new Exclusion(Kind.LEVEL, "is " + option.difficulty() + " and the client is " + experience.label(), Set.of());
    }

    /** The first setup, in the catalogue's order of preference, whose every item the client has. */
    public static Optional<Setup> setupFor(ExerciseOption option, ClientProfile profile) {
        for (Setup setup : option.setups()) {
            if (missing(setup, profile).isEmpty()) return Optional.of(setup);
        }
        return Optional.empty();
    }

    /** {@link #setupFor}, or the catalogue's preferred setup when none fits (a therapist's choice may override the rules). */
    public static Setup setupOrPreferred(ExerciseOption option, ClientProfile profile) {
        return setupFor(option, profile).orElse(option.setups().getFirst());
    }

    /** The fewest items that would let the client do the exercise (empty when a setup already fits). */
    public static Set<String> missingEquipment(ExerciseOption option, ClientProfile profile) {
        Set<String> fewest = null;
        for (Setup setup : option.setups()) {
            Set<String> missing = missing(setup, profile);
            if (fewest == null || missing.size() < fewest.size()) fewest = missing;
        }
        return fewest == null ? Set.of() : fewest;
    }

    private static Set<String> missing(Setup setup, ClientProfile profile) {
        Set<String> missing = new TreeSet<>();
        for (String item : setup.equipment()) {
            if (!profile.has(item)) missing.add(item);
        }
        return missing;
    }

    /**
     * "needs dumbbells", or for several setups "needs dumbbells, or barbell"; the exclusion's missing items are
     * the smallest set (the first such setup on a tie), which is the fix to suggest.
     */
    static Exclusion equipmentExclusion(List<Set<String>> missingPerSetup) {
        Set<String> fewest = missingPerSetup.getFirst();
        List<String> words = new ArrayList<>(missingPerSetup.size());
        for (Set<String> missing : missingPerSetup) {
            if (missing.size() < fewest.size()) fewest = missing;
            // "bench and dumbbells, or dumbbells" says no more than "dumbbells": a setup needing more is left out
            boolean coveredByLess = missingPerSetup.stream().anyMatch(other -> other.size() < missing.size() && missing.containsAll(other));
            String w = Text.equipment(missing);
            if (!coveredByLess && !words.contains(w)) words.add(w);
        }
        return new Exclusion(Kind.EQUIPMENT, "needs " + String.join(", or ", words),
                java.util.Collections.unmodifiableSortedSet(new TreeSet<>(fewest)));
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
