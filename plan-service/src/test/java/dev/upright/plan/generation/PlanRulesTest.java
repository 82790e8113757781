package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanAssertions.generated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.rules.PlanRules;

/** The rules judge any plan, e.g. one a therapist edited, and say what to change. */
class PlanRulesTest {

    private final Catalogue catalogue = TestCatalogue.full();
    private final ClientProfile profile = Profiles.at(Experience.INTERMEDIATE).equipment("resistance-band", "wall").build();
    private final GeneratedPlan plan = generated(new PlanGenerator().generate(profile, catalogue, 8));

    @Test
    void shouldFlagAStaticStretchMovedIntoTheWarmUp() {
        GeneratedPlan edited = editFirstSession(s -> {
            List<Prescription> warmUp = new ArrayList<>(s.warmUp());
            warmUp.add(s.coolDown().getFirst());
            return new PlannedSession(warmUp, s.strengthening(), s.coolDown());
        });

        assertThat(PlanRules.checkAll(profile, catalogue, edited)).extracting(Violation::rule).contains(RuleCode.WARM_UP)
                .allSatisfy(rule -> assertThat(rule).isEqualTo(RuleCode.WARM_UP));
        assertThat(PlanRules.checkAll(profile, catalogue, edited))
                .anySatisfy(v -> assertThat(v.fix()).contains("to the cool-down"));
    }

    @Test
    void shouldFlagAnExerciseNeedingEquipmentTheClientLacks() {
        ExerciseOption dumbbellRow = TestCatalogue.bySlug("bent-over-row");
        GeneratedPlan edited = editFirstSession(s -> {
            List<Prescription> block = new ArrayList<>(s.strengthening());
            block.add(new Prescription(dumbbellRow.id(), dumbbellRow.slug(), dumbbellRow.name(), Block.STRENGTHENING,
                    dumbbellRow.dose(), List.of(new Reason(RuleCode.ROW_REQUIRED, "therapist's choice"))));
            return new PlannedSession(s.warmUp(), block, s.coolDown());
        });

        assertThat(PlanRules.checkAll(profile, catalogue, edited)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.EQUIPMENT);
            assertThat(v.detail()).isEqualTo("week 1, session 1, strengthening: Bent-over row needs dumbbells.");
        });
    }

    @Test
    void shouldFlagAWeekThatRepeatsOneBlockWhenAnotherWouldKeepTheRules() {
        List<PlannedSession> sessions = plan.weeks().getFirst().sessions();
        PlannedSession first = sessions.getFirst();
        List<PlannedSession> same = sessions.stream()
                .map(s -> new PlannedSession(s.warmUp(), first.strengthening(), s.coolDown())).toList();
        List<PlannedWeek> weeks = new ArrayList<>(plan.weeks());
        weeks.set(0, new PlannedWeek(same));

        assertThat(PlanRules.checkAll(profile, catalogue, new GeneratedPlan(weeks, plan.postureBreaks(), plan.explanations())))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(RuleCode.VARIETY);
                    assertThat(v.fix()).startsWith("Swap ");
                });
    }

    @Test
    void shouldFlagAPrescriptionWithoutAReason() {
        GeneratedPlan edited = editFirstSession(s -> {
            List<Prescription> coolDown = new ArrayList<>(s.coolDown());
            Prescription p = coolDown.getFirst();
            coolDown.set(0, new Prescription(p.exerciseId(), p.slug(), p.name(), p.block(), p.dose(), List.of()));
            return new PlannedSession(s.warmUp(), s.strengthening(), coolDown);
        });

        assertThat(PlanRules.checkAll(profile, catalogue, edited)).extracting(Violation::rule).containsExactly(RuleCode.EXPLAINED);
    }

    private GeneratedPlan editFirstSession(UnaryOperator<PlannedSession> edit) {
        List<PlannedWeek> weeks = new ArrayList<>(plan.weeks());
        List<PlannedSession> sessions = new ArrayList<>(weeks.getFirst().sessions());
        sessions.set(0, edit.apply(sessions.getFirst()));
        weeks.set(0, new PlannedWeek(sessions));
        return new GeneratedPlan(weeks, plan.postureBreaks(), plan.explanations());
    }
}
