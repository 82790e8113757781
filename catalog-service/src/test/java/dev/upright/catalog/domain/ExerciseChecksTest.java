package dev.upright.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.Problem.FieldError;

class ExerciseChecksTest {

    private static final Set<String> MUSCLES = Set.of("trapezius", "rhomboids");
    private static final Set<String> EQUIPMENT = Set.of("none", "resistance-band");

    @Test
    void shouldAcceptACompleteDraft() {
        assertThat(ExerciseChecks.check(draft("Towel row", List.of("trapezius"), List.of("resistance-band"),
                new Dose(2, 10, null, null, null, null)), MUSCLES, EQUIPMENT)).isEmpty();
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        var draft = new ExerciseDraft(" ", "cardio", null, "expert", List.of("biceps"), List.of(), List.of("kettlebell"),
                List.of(), List.of(""), List.of(), new Dose(-1, 0, null, null, null, BigDecimal.ZERO), null, null);
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "category", "movement", "difficulty", "primaryMuscles", "equipment",
                        "cues", "dose.sets", "dose.reps", "dose.minutes");
    }

    @Test
    void shouldRejectAMuscleListedAsPrimaryAndSecondary() {
        var draft = new ExerciseDraft("Row", "strength", "row", "beginner", List.of("trapezius"), List.of("trapezius"),
                null, null, null, null, null, null, null);
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).extracting(FieldError::field)
                .containsExactly("secondaryMuscles");
    }

    @Test
    void shouldRejectAnEmptyDose() {
        assertThat(ExerciseChecks.check(draft("Row", List.of(), List.of(), new Dose(null, null, null, null, null, null)),
                MUSCLES, EQUIPMENT)).extracting(FieldError::field).containsExactly("dose");
    }

    @Test
    void shouldTreatNoEquipmentAsBodyweight() {
        assertThat(draft("Row", List.of(), null, null).equipment()).containsExactly("none");
    }

    private static ExerciseDraft draft(String name, List<String> muscles, List<String> equipment, Dose dose) {
        return new ExerciseDraft(name, "strength", "row", "beginner", muscles, List.of(), equipment, List.of("Pull."),
                List.of("Squeeze."), List.of(), dose, null, null);
    }
}
