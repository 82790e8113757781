package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A test copy of the global catalogue's shape: the same 34 exercises, categories, movements,
 * difficulties, equipment, muscles, doses and progression chains, written out here so the
 * generator's tests do not depend on another module's resource file.
 */
public final class TestCatalogue {

    record Row(String idSuffix, String slug, String name, String category, String movement, String difficulty,
               List<String> equipment, List<String> primary, List<String> secondary, Dose dose,
               String easier, String harder) {
    }

    static final List<Row> ROWS = List.of(
            row("04", "neck-rolls", "Neck rolls", "warm-up", "mobility", "beginner", List.of("none"), List.of("trapezius", "levator-scapulae"), List.of("neck-flexors", "neck-extensors"), timed(0.5), null, null),
            row("05", "shoulder-rolls", "Shoulder rolls", "warm-up", "mobility", "beginner", List.of("none"), List.of("trapezius"), List.of("rhomboids", "levator-scapulae"), timed(0.5), null, null),
            row("06", "arm-circles", "Arm circles", "warm-up", "mobility", "beginner", List.of("none"), List.of("rear-deltoids", "infraspinatus"), List.of("trapezius", "teres-minor"), timed(1), null, null),
            row("07", "overhead-arm-reach", "Overhead arm reach", "warm-up", "mobility", "beginner", List.of("none"), List.of("latissimus-dorsi", "obliques"), List.of("teres-major"), timed(0.5), null, null),
            row("08", "chair-rotation", "Chair rotation", "warm-up", "rotation", "beginner", List.of("chair"), List.of("obliques", "spinal-erectors"), List.of("rhomboids"), timed(0.5), null, null),
            row("09", "cat-cow", "Cat-cow", "warm-up", "mobility", "beginner", List.of("mat"), List.of("spinal-erectors"), List.of("core", "trapezius"), timed(1), null, null),
            row("0a", "knee-to-chest", "Knee to chest", "warm-up", "mobility", "beginner", List.of("mat"), List.of("glutes", "spinal-erectors"), List.of("hamstrings"), timed(0.5), null, null),
            row("0b", "thoracic-extension", "Thoracic extension", "warm-up", "extension", "beginner", List.of("none"), List.of("spinal-erectors"), List.of("rhomboids", "trapezius"), timed(0.5), null, null),
            row("01", "band-row", "Band row", "strength", "row", "beginner", List.of("resistance-band"), List.of("rhomboids", "trapezius", "latissimus-dorsi", "rear-deltoids"), List.of("biceps", "forearms"), reps(2, 10), null, "one-arm-dumbbell-row"),
            row("0c", "one-arm-dumbbell-row", "One-arm dumbbell row", "strength", "row", "beginner", List.of("dumbbells", "bench"), List.of("latissimus-dorsi", "rhomboids", "trapezius"), List.of("rear-deltoids", "teres-major", "biceps", "forearms"), reps(2, 10), "band-row", "bent-over-row"),
            row("0d", "bent-over-row", "Bent-over row", "strength", "row", "intermediate", List.of("dumbbells"), List.of("rhomboids", "trapezius", "latissimus-dorsi", "rear-deltoids"), List.of("biceps", "forearms", "spinal-erectors", "hamstrings"), reps(3, 10), "one-arm-dumbbell-row", "high-barbell-row"),
            row("0e", "high-barbell-row", "High barbell row", "strength", "row", "advanced", List.of("barbell"), List.of("trapezius", "rear-deltoids", "rhomboids"), List.of("latissimus-dorsi", "biceps", "forearms", "spinal-erectors"), reps(3, 8), "bent-over-row", "renegade-row"),
            row("0f", "renegade-row", "Renegade row", "strength", "row", "advanced", List.of("dumbbells"), List.of("latissimus-dorsi", "rhomboids", "core"), List.of("obliques", "trapezius", "rear-deltoids", "biceps", "forearms"), reps(3, 8), "high-barbell-row", null),
            row("10", "scapular-squeeze", "Scapular squeeze", "posture", "retraction", "beginner", List.of("none"), List.of("rhomboids", "trapezius"), List.of("rear-deltoids"), reps(2, 10), null, "band-pull-apart"),
            row("11", "band-pull-apart", "Band pull-apart", "posture", "pull-apart", "beginner", List.of("resistance-band"), List.of("rear-deltoids", "rhomboids", "trapezius"), List.of("infraspinatus", "teres-minor"), reps(2, 12), "scapular-squeeze", "face-pull"),
            row("02", "face-pull", "Face pull", "posture", "retraction", "beginner", List.of("resistance-band"), List.of("rear-deltoids", "trapezius", "infraspinatus", "teres-minor"), List.of("rhomboids"), reps(2, 12), "band-pull-apart", "cable-face-pull"),
            row("12", "cable-face-pull", "Cable face pull", "posture", "retraction", "intermediate", List.of("cable"), List.of("rear-deltoids", "trapezius", "infraspinatus", "teres-minor"), List.of("rhomboids"), reps(3, 12), "face-pull", null),
            row("13", "wall-angel", "Wall angel", "posture", "mobility", "beginner", List.of("wall"), List.of("trapezius", "rhomboids"), List.of("infraspinatus", "teres-minor", "spinal-erectors"), reps(2, 8), null, "reverse-dumbbell-fly"),
            row("14", "reverse-dumbbell-fly", "Reverse dumbbell fly", "posture", "fly", "intermediate", List.of("dumbbells"), List.of("rear-deltoids", "rhomboids", "trapezius"), List.of("infraspinatus", "teres-minor", "spinal-erectors"), reps(2, 12), "wall-angel", null),
            row("15", "bridge", "Bridge", "lower-back", "bridge", "beginner", List.of("mat"), List.of("glutes", "hamstrings"), List.of("spinal-erectors", "core"), reps(2, 10), null, "back-extension"),
            row("16", "back-extension", "Back extension", "lower-back", "extension", "beginner", List.of("mat"), List.of("spinal-erectors"), List.of("glutes", "hamstrings"), reps(2, 10), "bridge", "hip-hinge"),
            row("17", "hip-hinge", "Hip hinge", "lower-back", "hinge", "intermediate", List.of("dumbbells"), List.of("hamstrings", "glutes", "spinal-erectors"), List.of("core", "forearms"), reps(2, 10), "back-extension", null),
            row("18", "bird-dog", "Bird dog", "lower-back", "anti-rotation", "beginner", List.of("mat"), List.of("core", "spinal-erectors"), List.of("glutes", "obliques", "rear-deltoids"), reps(2, 8), null, null),
            row("19", "stress-ball-squeeze", "Stress-ball squeeze", "grip", "squeeze", "beginner", List.of("stress-ball"), List.of("forearms"), List.of(), reps(2, 15), null, "farmer-carry"),
            row("1a", "farmer-carry", "Farmer carry", "grip", "carry", "beginner", List.of("dumbbells"), List.of("forearms", "trapezius"), List.of("core", "obliques", "glutes"), duration(2, 30), "stress-ball-squeeze", "dead-hang"),
            row("1b", "dead-hang", "Dead hang", "grip", "hang", "intermediate", List.of("pull-up-bar"), List.of("forearms", "latissimus-dorsi"), List.of("teres-major", "trapezius", "core"), duration(2, 20), "farmer-carry", null),
            row("1c", "chin-tuck", "Chin tuck", "posture-break", "chin-tuck", "beginner", List.of("none"), List.of("neck-flexors"), List.of("neck-extensors"), reps(1, 10), null, null),
            row("1d", "shoulder-blade-squeeze", "Shoulder-blade squeeze", "posture-break", "retraction", "beginner", List.of("none"), List.of("rhomboids", "trapezius"), List.of("rear-deltoids"), reps(1, 10), null, null),
            row("03", "doorway-pec-stretch", "Doorway pec stretch", "stretch", "static-stretch", "beginner", List.of("doorway"), List.of("pectorals"), List.of(), hold(1, 20, 3), null, null),
            row("1e", "childs-pose", "Child's pose", "stretch", "static-stretch", "beginner", List.of("mat"), List.of("latissimus-dorsi", "spinal-erectors"), List.of("glutes", "rhomboids"), hold(1, 20, 3), null, null),
            row("1f", "butterfly-stretch", "Butterfly stretch", "stretch", "static-stretch", "beginner", List.of("none"), List.of("spinal-erectors"), List.of(), hold(1, 20, 2), null, null),
            row("20", "upper-trapezius-stretch", "Upper-trapezius stretch", "stretch", "static-stretch", "beginner", List.of("none"), List.of("trapezius"), List.of("levator-scapulae"), hold(1, 15, 3), null, null),
            row("21", "levator-scapulae-stretch", "Levator scapulae stretch", "stretch", "static-stretch", "beginner", List.of("none"), List.of("levator-scapulae"), List.of("trapezius", "neck-extensors"), hold(1, 15, 3), null, null),
            row("22", "rhomboid-stretch", "Rhomboid stretch", "stretch", "static-stretch", "beginner", List.of("none"), List.of("rhomboids"), List.of("trapezius", "rear-deltoids"), hold(1, 20, 3), null, null));

    private static final List<ExerciseOption> ALL = build();

    private TestCatalogue() {
    }

    public static Catalogue full() {
        return new Catalogue("test-1", ALL);
    }

    public static List<ExerciseOption> all() {
        return ALL;
    }

    public static Catalogue without(Predicate<ExerciseOption> dropped) {
        return new Catalogue("test-1-subset", ALL.stream().filter(dropped.negate()).toList());
    }

    public static ExerciseOption bySlug(String slug) {
        return ALL.stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow();
    }

    static UUID id(String suffix) {
        return UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d" + suffix);
    }

    private static List<ExerciseOption> build() {
        Map<String, UUID> ids = ROWS.stream().collect(Collectors.toMap(Row::slug, r -> id(r.idSuffix())));
        Function<String, UUID> link = slug -> slug == null ? null : ids.get(slug);
        List<ExerciseOption> out = new ArrayList<>();
        for (Row r : ROWS) {
            out.add(new ExerciseOption(id(r.idSuffix()), r.slug(), r.name(), r.category(), r.movement(), r.difficulty(),
                    Set.copyOf(r.equipment()), Set.copyOf(r.primary()), Set.copyOf(r.secondary()), r.dose(),
                    link.apply(r.easier()), link.apply(r.harder()), true));
        }
        return List.copyOf(out);
    }

    private static Row row(String idSuffix, String slug, String name, String category, String movement, String difficulty,
                           List<String> equipment, List<String> primary, List<String> secondary, Dose dose,
                           String easier, String harder) {
        return new Row(idSuffix, slug, name, category, movement, difficulty, equipment, primary, secondary, dose, easier, harder);
    }

    private static Dose timed(double minutes) {
        return new Dose.Timed(minutes);
    }

    private static Dose reps(int sets, int reps) {
        return new Dose.Reps(sets, reps, null);
    }

    private static Dose hold(int sets, int seconds, int repetitions) {
        return new Dose.Hold(sets, seconds, repetitions);
    }

    private static Dose duration(int sets, int seconds) {
        return new Dose.Duration(sets, seconds);
    }
}
