package dev.upright.plan.generation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which exercises load a reported pain area. A pain area is either a body region below or a
 * catalogue muscle code. An exercise loads a region when one of its primary muscles lies in it, or
 * when its movement is one that region is known to take the strain of (hinges and extensions for the
 * lower back). Secondary muscles do not count: they steady the body rather than carry the load, and
 * counting them would rule out every row for a sore forearm.
 *
 * <pre>
 * neck        levator-scapulae, neck-flexors, neck-extensors; movement chin-tuck
 * shoulders   rear-deltoids, teres-major, teres-minor, infraspinatus
 * upper-back  trapezius, rhomboids
 * mid-back    latissimus-dorsi
 * lower-back  spinal-erectors; movements hinge, extension
 * chest       pectorals
 * arms        biceps, forearms
 * hands       forearms; movements squeeze, hang, carry
 * trunk       core, obliques
 * hips        glutes, hip-flexors
 * legs        hamstrings
 * </pre>
 *
 * The same test applies to every block, stretches and warm-ups included: the generator stays on the
 * safe side and leaves it to the therapist to add a gentle move for a sore area by hand.
 */
public final class PainAreas {

    public record Region(Set<String> muscles, Set<String> movements) {
    }

    public static final Map<String, Region> REGIONS = Map.ofEntries(
            Map.entry("neck", new Region(Set.of("levator-scapulae", "neck-flexors", "neck-extensors"), Set.of("chin-tuck"))),
            Map.entry("shoulders", new Region(Set.of("rear-deltoids", "teres-major", "teres-minor", "infraspinatus"), Set.of())),
            Map.entry("upper-back", new Region(Set.of("trapezius", "rhomboids"), Set.of())),
            Map.entry("mid-back", new Region(Set.of("latissimus-dorsi"), Set.of())),
            Map.entry("lower-back", new Region(Set.of("spinal-erectors"), Set.of("hinge", "extension"))),
            Map.entry("chest", new Region(Set.of("pectorals"), Set.of())),
            Map.entry("arms", new Region(Set.of("biceps", "forearms"), Set.of())),
            Map.entry("hands", new Region(Set.of("forearms"), Set.of("squeeze", "hang", "carry"))),
            Map.entry("trunk", new Region(Set.of("core", "obliques"), Set.of())),
            Map.entry("hips", new Region(Set.of("glutes", "hip-flexors"), Set.of())),
            Map.entry("legs", new Region(Set.of("hamstrings"), Set.of())));

    /** Muscle codes of the global catalogue; a clinic's own muscles are known once an exercise uses them. */
    public static final Set<String> KNOWN_MUSCLES = Set.of(
            "trapezius", "rhomboids", "rear-deltoids", "teres-major", "teres-minor", "infraspinatus",
            "latissimus-dorsi", "spinal-erectors", "core", "glutes", "hamstrings", "forearms", "biceps",
            "pectorals", "levator-scapulae", "neck-flexors", "neck-extensors", "obliques", "hip-flexors");

    private PainAreas() {
    }

    public static boolean isKnown(String area, Catalogue catalogue) {
        return REGIONS.containsKey(area) || KNOWN_MUSCLES.contains(area)
                || catalogue.options().stream().anyMatch(o -> o.primaryMuscles().contains(area)
                || o.secondaryMuscles().contains(area));
    }

    /** The first (alphabetically) of the client's pain areas the exercise loads, if any. */
    public static Optional<String> loadedArea(ExerciseOption option, Set<String> painAreas) {
        if (painAreas.isEmpty()) return Optional.empty();
        return new TreeSet<>(painAreas).stream().filter(area -> loads(option, area)).findFirst();
    }

    /** The regions {@link #loads} says the option loads, worked out once per catalogue. */
    static Set<String> regionsLoadedBy(ExerciseOption option) {
        Set<String> loaded = new java.util.HashSet<>();
        for (String region : REGIONS.keySet()) {
            if (loads(option, region)) loaded.add(region);
        }
        return Set.copyOf(loaded);
    }

    static boolean loads(ExerciseOption option, String area) {
        Region region = REGIONS.get(area);
        if (region == null) return option.primaryMuscles().contains(area);
        return region.movements().contains(option.movement())
                || option.primaryMuscles().stream().anyMatch(region.muscles()::contains);
    }

    public static String knownAreas() {
        return String.join(", ", new TreeSet<>(REGIONS.keySet()));
    }
}
