package dev.upright.plan.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.PrescribedDose;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.Categories;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Setup;

/**
 * Turns the catalogue read model into the generator's {@link Catalogue}. The version is a digest of
 * the exercise ids and their versions, so the same catalogue content always has the same version
 * string, whatever order the rows were read in, and any change to any exercise gives a new one.
 */
public final class CatalogueSnapshot {

    /** Used when an exercise has no default dose in the catalogue (snapshots from before doses existed). */
    static final Dose WARM_UP_FALLBACK = new Dose.Timed(1.0);
    static final Dose STRETCH_FALLBACK = new Dose.Hold(1, 20, 3);
    static final Dose STRENGTH_FALLBACK = new Dose.Reps(2, 10, null);

    private CatalogueSnapshot() {
    }

    public static Catalogue of(List<CatalogueExercise> exercises) {
        return new Catalogue(version(exercises), exercises.stream().map(CatalogueSnapshot::option).toList());
    }

    static String version(List<CatalogueExercise> exercises) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        exercises.stream().sorted(Comparator.comparing((CatalogueExercise e) -> e.exerciseId))
                .forEach(e -> digest.update((e.exerciseId + ":" + e.version + "\n").getBytes(StandardCharsets.UTF_8)));
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    static ExerciseOption option(CatalogueExercise e) {
        return new ExerciseOption(e.exerciseId, e.slug, e.name, e.category, e.movement, e.difficulty,
                Set.of(e.equipment), Set.of(e.primaryMuscles), Set.of(e.secondaryMuscles), dose(e.dose, e.category),
                e.easierId, e.harderId, e.tenantId == null, setups(e));
    }

    private static List<Setup> setups(CatalogueExercise e) {
        return e.setupsOrEquipment().stream().map(s -> new Setup(Set.copyOf(s.equipment()), s.note())).toList();
    }

    /** The catalogue's dose in the generator's shapes; its parts tell which shape it is. */
    static Dose dose(PrescribedDose dose, String category) {
        if (dose != null) {
            int sets = dose.sets() == null || dose.sets() < 1 ? 1 : dose.sets();
            if (positive(dose.minutes())) {
                return new Dose.Timed(dose.minutes().doubleValue());
            }
            if (positive(dose.holdSeconds())) {
                return new Dose.Hold(sets, dose.holdSeconds(), positive(dose.repetitions()) ? dose.repetitions() : 1);
            }
            if (positive(dose.seconds())) {
                return new Dose.Duration(sets, dose.seconds());
            }
            if (positive(dose.reps())) {
                return new Dose.Reps(sets, dose.reps(), null);
            }
        }
        return switch (category) {
            case Categories.WARM_UP -> WARM_UP_FALLBACK;
            case Categories.STRETCH -> STRETCH_FALLBACK;
            default -> STRENGTH_FALLBACK;
        };
    }

    private static boolean positive(Integer value) {
        return value != null && value > 0;
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
