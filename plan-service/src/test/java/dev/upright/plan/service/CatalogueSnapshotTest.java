package dev.upright.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.PrescribedDose;
import dev.upright.plan.generation.Dose;

class CatalogueSnapshotTest {

    @Test
    void shouldGiveTheSameVersionForTheSameExercisesInAnyOrder() {
        List<CatalogueExercise> rows = List.of(exercise(1, 3), exercise(2, 0), exercise(3, 7));
        List<CatalogueExercise> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);

        assertThat(CatalogueSnapshot.version(reversed)).isEqualTo(CatalogueSnapshot.version(rows)).startsWith("sha256:");
    }

    @Test
    void shouldGiveANewVersionWhenAnyExerciseChangesOrIsAdded() {
        List<CatalogueExercise> rows = List.of(exercise(1, 3), exercise(2, 0));

        assertThat(CatalogueSnapshot.version(List.of(exercise(1, 4), exercise(2, 0)))).isNotEqualTo(CatalogueSnapshot.version(rows));
        assertThat(CatalogueSnapshot.version(List.of(exercise(1, 3), exercise(2, 0), exercise(5, 0))))
                .isNotEqualTo(CatalogueSnapshot.version(rows));
    }

    @Test
    void shouldReadEachCatalogueDoseShape() {
        assertThat(CatalogueSnapshot.dose(new PrescribedDose(null, null, null, null, null, new BigDecimal("0.5")), "warm-up"))
                .isEqualTo(new Dose.Timed(0.5));
        assertThat(CatalogueSnapshot.dose(new PrescribedDose(1, null, null, 20, 3, null), "stretch"))
                .isEqualTo(new Dose.Hold(1, 20, 3));
        assertThat(CatalogueSnapshot.dose(new PrescribedDose(2, null, 30, null, null, null), "grip"))
                .isEqualTo(new Dose.Duration(2, 30));
        assertThat(CatalogueSnapshot.dose(new PrescribedDose(2, 12, null, null, null, null), "posture"))
                .isEqualTo(new Dose.Reps(2, 12, null));
    }

    @Test
    void shouldFallBackToABlockTypicalDoseWhenTheCatalogueHasNone() {
        assertThat(CatalogueSnapshot.dose(null, "warm-up")).isInstanceOf(Dose.Timed.class);
        assertThat(CatalogueSnapshot.dose(null, "stretch")).isInstanceOf(Dose.Hold.class);
        assertThat(CatalogueSnapshot.dose(null, "strength")).isInstanceOf(Dose.Reps.class);
    }

    private static CatalogueExercise exercise(int n, long version) {
        var e = new CatalogueExercise();
        e.exerciseId = new UUID(0, n);
        e.version = version;
        return e;
    }
}
