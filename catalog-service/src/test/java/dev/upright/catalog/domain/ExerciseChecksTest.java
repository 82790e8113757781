package dev.upright.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.Problem.FieldError;

class ExerciseChecksTest {

    private static final Set<String> MUSCLES = Set.of("trapezius", "rhomboids");
    private static final Set<String> EQUIPMENT = Set.of("none", "resistance-band", "cable", "dumbbells", "bench",
            "chair", "floor", "mat");

    @Test
    void shouldAcceptACompleteDraft() {
        assertThat(ExerciseChecks.check(draft("Towel row", List.of("trapezius"), List.of("resistance-band"),
                new Dose(2, 10, null, null, null, null)), MUSCLES, EQUIPMENT)).isEmpty();
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        var draft = new ExerciseDraft(" ", "cardio", null, "expert", List.of("biceps"), List.of(), List.of("kettlebell"),
                List.of(), List.of(""), List.of(), new Dose(-1, 0, null, null, null, BigDecimal.ZERO), null, null, null);
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("name", "category", "movement", "difficulty", "primaryMuscles", "equipment",
                        "cues", "dose.sets", "dose.reps", "dose.minutes");
    }

    @Test
    void shouldRejectAMuscleListedAsPrimaryAndSecondary() {
        var draft = new ExerciseDraft("Row", "strength", "row", "beginner", List.of("trapezius"), List.of("trapezius"),
                null, null, null, null, null, null, null, null);
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

    @Test
    void shouldTakeTheOnlyEquipmentGivenAsTheOneSetup() {
        var draft = draft("Row", List.of(), List.of("resistance-band"), null);
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).isEmpty();
        assertThat(draft.setupsOrEquipment()).containsExactly(new Setup(List.of("resistance-band"), null));
    }

    @Test
    void shouldTakeTheFirstSetupsEquipmentWhenEquipmentIsLeftOut() {
        var draft = withSetups(null, new Setup(List.of("resistance-band"), "Anchored at chest height."),
                new Setup(List.of("cable"), null));
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).isEmpty();
        assertThat(draft.equipment()).containsExactly("resistance-band");
        assertThat(draft.setupsOrEquipment()).extracting(Setup::equipment)
                .containsExactly(List.of("resistance-band"), List.of("cable"));
    }

    @Test
    void shouldAcceptEquipmentThatIsTheFirstSetupsInAnyOrder() {
        var draft = withSetups(List.of("bench", "dumbbells"), new Setup(List.of("dumbbells", "bench"), null),
                new Setup(List.of("dumbbells", "chair"), "Hand and knee on a sturdy chair."));
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).isEmpty();
    }

    @Test
    void shouldRejectEquipmentThatIsNotTheFirstSetups() {
        var draft = withSetups(List.of("cable"), new Setup(List.of("resistance-band"), null), new Setup(List.of("cable"), null));
        assertThat(ExerciseChecks.check(draft, MUSCLES, EQUIPMENT)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("equipment");
            assertThat(e.message()).contains("resistance-band");
        });
    }

    @Test
    void shouldRequireOneToSixSetups() {
        assertThat(fields(withSetups(null))).containsExactly("setups");
        var seven = IntStream.range(0, 7)
                .mapToObj(i -> new Setup(List.of("none"), "variant " + i)).toArray(Setup[]::new);
        assertThat(ExerciseChecks.check(withSetups(null, seven), MUSCLES, EQUIPMENT)).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("at most 6"));
    }

    @Test
    void shouldNameTheSetupWhoseEquipmentIsBad() {
        assertThat(fields(withSetups(null, new Setup(List.of("cable"), null), new Setup(List.of("kettlebell"), null))))
                .containsExactly("setups[1].equipment");
        assertThat(fields(withSetups(null, new Setup(List.of("cable"), null), new Setup(List.of(), null))))
                .containsExactly("setups[1].equipment");
        assertThat(fields(withSetups(null, new Setup(List.of("none", "chair"), null))))
                .containsExactly("setups[0].equipment");
        assertThat(fields(withSetups(null, new Setup(List.of("cable"), null), null)))
                .containsExactly("setups[1]");
        var sevenPieces = List.of("resistance-band", "cable", "dumbbells", "bench", "chair", "floor", "mat");
        assertThat(fields(withSetups(null, new Setup(sevenPieces, null)))).containsExactly("setups[0].equipment");
        assertThat(fields(withSetups(null, new Setup(List.of("cable", "cable"), null)))).containsExactly("setups[0].equipment");
    }

    @Test
    void shouldRejectBodyweightMixedWithEquipmentWithoutSetupsToo() {
        assertThat(fields(draft("Row", List.of(), List.of("none", "chair"), null))).containsExactly("equipment");
    }

    @Test
    void shouldRejectTheSameSetupTwiceWhateverItsNotes() {
        assertThat(fields(withSetups(null, new Setup(List.of("dumbbells", "bench"), "On a bench."),
                new Setup(List.of("bench", "dumbbells"), "Also on a bench.")))).containsExactly("setups[1]");
    }

    @Test
    void shouldLimitANoteTo200Characters() {
        assertThat(fields(withSetups(null, new Setup(List.of("cable"), "x".repeat(200))))).isEmpty();
        assertThat(fields(withSetups(null, new Setup(List.of("cable"), "x".repeat(201))))).containsExactly("setups[0].note");
    }

    @Test
    void shouldTreatABlankNoteAsNoNote() {
        assertThat(new Setup(List.of("cable"), "  ").note()).isNull();
    }

    private static List<String> fields(ExerciseDraft draft) {
        return ExerciseChecks.check(draft, MUSCLES, EQUIPMENT).stream().map(FieldError::field).toList();
    }

    private static ExerciseDraft withSetups(List<String> equipment, Setup... setups) {
        return new ExerciseDraft("Row", "strength", "row", "beginner", List.of(), List.of(), equipment, List.of("Pull."),
                List.of("Squeeze."), List.of(), null, null, null, Arrays.asList(setups));
    }

    private static ExerciseDraft draft(String name, List<String> muscles, List<String> equipment, Dose dose) {
        return new ExerciseDraft(name, "strength", "row", "beginner", muscles, List.of(), equipment, List.of("Pull."),
                List.of("Squeeze."), List.of(), dose, null, null, null);
    }
}
