package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanAssertions.everything;
import static dev.upright.plan.generation.PlanAssertions.generated;
import static dev.upright.plan.generation.PlanAssertions.refused;
import static dev.upright.plan.generation.PlanAssertions.sessions;
import static dev.upright.plan.generation.PlanAssertions.slugs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.rules.PlanRules;

class PlanGeneratorTest {

    private final PlanGenerator generator = new PlanGenerator();
    private final Catalogue catalogue = TestCatalogue.full();

    @Test
    void shouldBuildAFourWeekBeginnerPlanOfTwoSessionsAWeekInWarmUpStrengthCoolDownShape() {
        GeneratedPlan plan = generated(generator.generate(Profiles.beginner().build(), catalogue, 42));

        assertThat(plan.weeks()).hasSize(4).allSatisfy(week -> assertThat(week.sessions()).hasSize(2));
        sessions(plan).forEach(session -> {
            assertThat(SessionEstimate.warmUpMinutes(session.warmUp())).isBetween(4.5, 6.0);
            assertThat(session.warmUp()).allSatisfy(p -> assertThat(p.block()).isEqualTo(Block.WARM_UP));
            assertThat(session.strengthening()).hasSizeBetween(3, 5)
                    .anySatisfy(p -> assertThat(TestCatalogue.bySlug(p.slug()).movement()).isEqualTo("row"))
                    .anySatisfy(p -> assertThat(TestCatalogue.bySlug(p.slug()).category()).isEqualTo("posture"));
            assertThat(session.coolDown()).hasSizeBetween(3, 5).allSatisfy(p -> assertThat(p.dose())
                    .isInstanceOfSatisfying(Dose.Hold.class, h -> {
                        assertThat(h.holdSeconds()).isBetween(15, 20);
                        assertThat(h.repetitions()).isGreaterThanOrEqualTo(2);
                    }));
        });
        assertThat(PlanRules.checkAll(Profiles.beginner().build(), catalogue, plan)).isEmpty();
    }

    @Test
    void shouldRefuseWhenNoRowFitsTheEquipmentAndSuggestABand() {
        List<Violation> violations = refused(generator.generate(Profiles.beginner().equipment("mat").build(), catalogue, 1));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.ROW_REQUIRED);
            assertThat(v.detail()).contains("No rowing exercise fits", "Band row needs resistance band",
                    "High barbell row is advanced and the client is beginner");
            assertThat(v.fix()).startsWith("Add resistance band");
        });
    }

    @Test
    void shouldRefuseWhenRowingIsContraindicatedAndPointToTheTherapistNotToEquipment() {
        List<Violation> violations = refused(generator.generate(
                Profiles.beginner().contraindicated("row").build(), catalogue, 1));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.ROW_REQUIRED);
            assertThat(v.detail()).contains("ruled out by the therapist (row)");
            assertThat(v.fix()).contains("Review the pain areas and contraindications");
        });
    }

    @Test
    void shouldNameEveryUnmeetableRuleAtOnce() {
        ClientProfile profile = Profiles.beginner().equipment().deskWorker().weeks(20).sessionsPerWeek(7)
                .pain("neck", "upper-back").build();

        assertThat(refused(generator.generate(profile, catalogue, 1))).extracting(Violation::rule)
                .contains(RuleCode.PLAN_LENGTH, RuleCode.FREQUENCY, RuleCode.ROW_REQUIRED, RuleCode.POSTURE_MOVE_REQUIRED,
                        RuleCode.POSTURE_BREAKS)
                .allSatisfy(rule -> assertThat(rule).isNotNull());
    }

    @Test
    void shouldNeverGiveABeginnerAMoveAboveTheBeginnerLevel() {
        ClientProfile profile = Profiles.beginner()
                .equipment("resistance-band", "dumbbells", "barbell", "cable", "bench", "mat", "pull-up-bar", "stress-ball")
                .goals(Goal.STRENGTH).build();

        GeneratedPlan plan = generated(generator.generate(profile, catalogue, 7));

        assertThat(everything(plan)).allSatisfy(p -> assertThat(TestCatalogue.bySlug(p.slug()).difficulty()).isEqualTo("beginner"));
    }

    @Test
    void shouldKeepRenegadeAndHighBarbellRowsForAdvancedClients() {
        ClientProfile intermediate = Profiles.at(Experience.INTERMEDIATE).equipment("dumbbells", "barbell").build();
        ClientProfile advanced = Profiles.at(Experience.ADVANCED).equipment("dumbbells", "barbell").build();

        for (long seed = 0; seed < 20; seed++) {
            assertThat(slugs(generated(generator.generate(intermediate, catalogue, seed))))
                    .doesNotContain("renegade-row", "high-barbell-row");
        }
        Set<String> advancedRows = new java.util.TreeSet<>();
        for (long seed = 0; seed < 20; seed++) {
            advancedRows.addAll(slugs(generated(generator.generate(advanced, catalogue, seed))));
        }
        assertThat(advancedRows).contains("renegade-row", "high-barbell-row");
    }

    @Test
    void shouldLeaveOutEverythingThatLoadsTheNeckWhenNeckPainIsReported() {
        ClientProfile profile = Profiles.beginner().pain("neck").deskWorker().build();

        GeneratedPlan plan = generated(generator.generate(profile, catalogue, 3));

        assertThat(slugs(plan)).doesNotContain("neck-rolls", "levator-scapulae-stretch", "chin-tuck");
        assertThat(everything(plan)).allSatisfy(p -> assertThat(p.reasons())
                .anySatisfy(r -> assertThat(r.text()).contains("pain areas (neck)")));
    }

    @Test
    void shouldStillWarmUpForFiveMinutesWhenOnlyEquipmentFreeMovesAreLeft() {
        ClientProfile profile = Profiles.beginner().equipment("resistance-band").pain("lower-back").build();

        GeneratedPlan plan = generated(generator.generate(profile, catalogue, 5));

        assertThat(slugs(plan)).doesNotContain("cat-cow", "thoracic-extension", "back-extension", "childs-pose");
        sessions(plan).forEach(s -> assertThat(SessionEstimate.warmUpMinutes(s.warmUp())).isBetween(4.5, 6.0));
    }

    @Test
    void shouldHonourContraindicationsBySlugAndByMovement() {
        ClientProfile profile = Profiles.at(Experience.INTERMEDIATE)
                .equipment("resistance-band", "dumbbells", "mat", "bench").goals(Goal.STRENGTH)
                .contraindicated("band-row", "hinge", TestCatalogue.bySlug("bird-dog").id().toString()).build();

        for (long seed = 0; seed < 10; seed++) {
            assertThat(slugs(generated(generator.generate(profile, catalogue, seed))))
                    .doesNotContain("band-row", "hip-hinge", "bird-dog");
        }
    }

    @Test
    void shouldGiveDeskWorkersADailyPostureBreakWithBandPullApartsWhenTheyHaveABand() {
        GeneratedPlan plan = generated(generator.generate(Profiles.beginner().deskWorker().build(), catalogue, 9));

        assertThat(plan.postureBreaks()).extracting(Prescription::slug)
                .containsExactlyInAnyOrder("chin-tuck", "shoulder-blade-squeeze", "band-pull-apart");
        double seconds = plan.postureBreaks().stream().mapToDouble(p -> SessionEstimate.breakSeconds(p.dose())).sum();
        assertThat(seconds).isBetween(60.0, 120.0);
    }

    @Test
    void shouldGiveNoPostureBreaksToClientsWhoDoNotSitAtADesk() {
        assertThat(generated(generator.generate(Profiles.beginner().build(), catalogue, 9)).postureBreaks()).isEmpty();
    }

    @Test
    void shouldAddLowerBackAndGripWorkForAStrengthGoal() {
        ClientProfile profile = Profiles.at(Experience.INTERMEDIATE)
                .equipment("resistance-band", "mat", "stress-ball").goals(Goal.STRENGTH).build();

        GeneratedPlan plan = generated(generator.generate(profile, catalogue, 11));

        sessions(plan).forEach(s -> assertThat(s.strengthening()).extracting(p -> TestCatalogue.bySlug(p.slug()).category())
                .contains("lower-back", "grip"));
    }

    @Test
    void shouldGiveTheSamePlanForTheSameInputsAndSeedWhateverOrderTheCatalogueCameIn() {
        ClientProfile profile = Profiles.at(Experience.INTERMEDIATE).equipment("resistance-band", "dumbbells", "mat")
                .goals(Goal.EASE_ACHES, Goal.POSTURE).deskWorker().build();
        List<ExerciseOption> shuffled = new ArrayList<>(TestCatalogue.all());
        Collections.shuffle(shuffled, new Random(99));

        GenerationResult first = generator.generate(profile, catalogue, 1234);
        GenerationResult again = generator.generate(profile, new Catalogue("test-1", shuffled), 1234);

        assertThat(again).isEqualTo(first);
        Set<GenerationResult> otherSeeds = java.util.stream.LongStream.range(0, 10)
                .mapToObj(seed -> generator.generate(profile, catalogue, seed)).collect(Collectors.toSet());
        assertThat(otherSeeds).hasSizeGreaterThan(1);
    }

    @Test
    void shouldVaryTheStrengtheningBlockBetweenSessionsOfAWeek() {
        ClientProfile profile = Profiles.at(Experience.INTERMEDIATE).equipment("resistance-band", "dumbbells", "wall").build();

        GeneratedPlan plan = generated(generator.generate(profile, catalogue, 2));

        plan.weeks().forEach(week -> assertThat(week.sessions().stream()
                .map(s -> s.strengthening().stream().map(Prescription::slug).collect(Collectors.toSet()))
                .distinct()).hasSizeGreaterThan(1));
    }

    @Test
    void shouldExplainEachChoiceByRuleAndByTheClientsEquipmentAndLevel() {
        ClientProfile profile = Profiles.beginner().equipment("resistance-band").build();

        GeneratedPlan plan = generated(generator.generate(profile, catalogue, 4));

        assertThat(everything(plan)).allSatisfy(p -> assertThat(p.reasons()).isNotEmpty());
        Prescription row = sessions(plan).findFirst().orElseThrow().strengthening().getFirst();
        assertThat(row.reasons().getFirst()).isEqualTo(new Reason(RuleCode.ROW_REQUIRED,
                "At least one rowing move per session; Band row fits your equipment (resistance band) and level (beginner)"));
        assertThat(plan.explanations()).extracting(Reason::rule).contains(RuleCode.FREQUENCY, RuleCode.DETERMINISM);
    }

    @Test
    void shouldHonourATherapistSetFrequencyOutsideTheUsualRangeButNotASeventhDay() {
        GeneratedPlan plan = generated(generator.generate(Profiles.beginner().sessionsPerWeek(4).build(), catalogue, 1));
        assertThat(plan.weeks()).allSatisfy(w -> assertThat(w.sessions()).hasSize(4));
        assertThat(plan.explanations()).anySatisfy(r -> assertThat(r.text()).contains("as the therapist set, although 1 to 2 is usual"));

        assertThat(refused(generator.generate(Profiles.beginner().sessionsPerWeek(7).build(), catalogue, 1)))
                .extracting(Violation::rule).containsExactly(RuleCode.FREQUENCY);
    }

    @Test
    void shouldRefuseAnUnknownPainAreaRatherThanIgnoreIt() {
        assertThat(refused(generator.generate(Profiles.beginner().pain("nek").build(), catalogue, 1)))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(RuleCode.PAIN_AREA);
                    assertThat(v.fix()).contains("neck");
                });
    }

    @Test
    void shouldFitATherapistsTimeLimitOrSayHowManyMinutesAreNeeded() {
        ClientProfile roomy = Profiles.at(Experience.ADVANCED).equipment("resistance-band", "dumbbells", "mat")
                .goals(Goal.STRENGTH).sessionMinutes(25).build();
        sessions(generated(generator.generate(roomy, catalogue, 1)))
                .forEach(s -> assertThat(SessionEstimate.minutes(s)).isLessThanOrEqualTo(25));

        assertThat(refused(generator.generate(Profiles.beginner().sessionMinutes(10).build(), catalogue, 1)))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(RuleCode.SESSION_LENGTH);
                    assertThat(v.fix()).startsWith("Allow at least ");
                });
    }

    @Test
    void shouldStartBeginnersLightEvenWhenTheCatalogueDoseIsHeavy() {
        ExerciseOption heavy = new ExerciseOption(java.util.UUID.fromString("00000000-0000-0000-0000-00000000beef"),
                "heavy-band-row", "Heavy band row", "strength", "row", "beginner", Set.of("resistance-band"),
                Set.of("rhomboids"), Set.of(), new Dose.Reps(4, 8, 12.0), null, null, false);
        Catalogue withHeavy = TestCatalogue.without(o -> o.slug().equals("band-row"));
        withHeavy = new Catalogue("custom", concat(withHeavy.options(), heavy));

        GeneratedPlan plan = generated(generator.generate(Profiles.beginner().build(), withHeavy, 1));

        assertThat(everything(plan).filter(p -> p.slug().equals("heavy-band-row")))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.dose()).isEqualTo(new Dose.Reps(2, 8, 5.0)));
    }

    private static List<ExerciseOption> concat(List<ExerciseOption> options, ExerciseOption extra) {
        List<ExerciseOption> out = new ArrayList<>(options);
        out.add(extra);
        return out;
    }
}
