package dev.upright.plan.progression;

import static dev.upright.plan.progression.Histories.client;
import static dev.upright.plan.progression.Histories.day;
import static dev.upright.plan.progression.Histories.effort;
import static dev.upright.plan.progression.Histories.good;
import static dev.upright.plan.progression.Histories.incomplete;
import static dev.upright.plan.progression.Histories.pain;
import static dev.upright.plan.progression.Histories.sessionId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.upright.contracts.progress.PainKind;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Setup;
import dev.upright.plan.generation.TestCatalogue;
import dev.upright.plan.progression.Decision.NoChange;
import dev.upright.plan.progression.Decision.Pause;
import dev.upright.plan.progression.Decision.Progress;
import dev.upright.plan.progression.Decision.Regress;
import dev.upright.plan.progression.ProgressionSettings.OnPain;

class ProgressionPolicyTest {

    private static final Catalogue CATALOGUE = TestCatalogue.full();
    private static final ProgressionSettings DEFAULTS = ProgressionSettings.defaults();
    private static final ProgressionSettings REGRESS = new ProgressionSettings(2, 7, 5, OnPain.REGRESS);
    private static final ClientProfile BEGINNER_WITH_KIT =
            client(Experience.BEGINNER, "resistance-band", "dumbbells", "bench", "mat");

    private static Decision decide(ClientProfile client, String slug, Dose dose, boolean loadTaken,
                                   List<SessionResult> history, ProgressionSettings settings) {
        ExerciseOption option = TestCatalogue.bySlug(slug);
        return ProgressionPolicy.decide(client, new CurrentExercise(option, dose, loadTaken, day(0)), history,
                settings, CATALOGUE::find);
    }

    private static Decision bandRow(Dose dose, List<SessionResult> history) {
        return decide(BEGINNER_WITH_KIT, "band-row", dose, false, history, DEFAULTS);
    }

    @Test
    void shouldAddASecondSetAfterTwoPainFreeSessionsAtManageableEffort() {
        Decision decision = bandRow(new Dose.Reps(1, 10, null), List.of(good(5), good(8)));

        assertThat(decision).isInstanceOfSatisfying(Progress.class, p -> {
            assertThat(p.step()).isEqualTo(Step.SECOND_SET);
            assertThat(p.newDose()).isEqualTo(new Dose.Reps(2, 10, null));
            assertThat(p.newExerciseId()).isNull();
            assertThat(p.sessionIds()).containsExactly(sessionId(5), sessionId(8));
            assertThat(p.reason().rule()).isEqualTo(RuleCode.PROGRESSION_ORDER);
            assertThat(p.reason().text()).contains("a second set", sessionId(5).toString(), sessionId(8).toString());
        });
    }

    @Test
    void shouldAddAThirdSetOnceTwoAreDone() {
        Decision decision = bandRow(new Dose.Reps(2, 10, null), List.of(good(5), good(8)));

        assertThat(decision).isInstanceOfSatisfying(Progress.class, p -> {
            assertThat(p.step()).isEqualTo(Step.THIRD_SET);
            assertThat(p.newDose()).isEqualTo(new Dose.Reps(3, 10, null));
        });
    }

    @Test
    void shouldNotProgressTwiceWithinAWeek() {
        Decision decision = bandRow(new Dose.Reps(2, 10, null), List.of(good(2), good(4), good(6)));

        assertThat(decision).isInstanceOfSatisfying(NoChange.class, n -> {
            assertThat(n.reason().rule()).isEqualTo(RuleCode.PROGRESSION_PACE);
            assertThat(n.reason().text()).contains("one step a week", day(7).toString().substring(0, 10));
        });
        assertThat(bandRow(new Dose.Reps(2, 10, null), List.of(good(4), good(7)))).isInstanceOf(Progress.class);
    }

    @Test
    void shouldNotProgressBeforeTheClinicsNumberOfSessions() {
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(good(9))))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text()).contains("1 of the 2 sessions"));
        ProgressionSettings three = new ProgressionSettings(3, 7, 5, OnPain.PAUSE);
        assertThat(decide(BEGINNER_WITH_KIT, "band-row", new Dose.Reps(1, 10, null), false,
                List.of(good(8), good(10)), three)).isInstanceOf(NoChange.class);
        assertThat(decide(BEGINNER_WITH_KIT, "band-row", new Dose.Reps(1, 10, null), false,
                List.of(good(8), good(10), good(12)), three)).isInstanceOf(Progress.class);
    }

    @Test
    void shouldNotProgressWhenEffortTooHigh() {
        Decision decision = bandRow(new Dose.Reps(1, 10, null), List.of(good(8), effort(10, 8)));

        assertThat(decision).isInstanceOfSatisfying(NoChange.class, n -> {
            assertThat(n.reason().rule()).isEqualTo(RuleCode.PROGRESSION_READINESS);
            assertThat(n.reason().text()).contains("at effort 8", sessionId(10).toString());
        });
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(good(8), effort(10, 7)))).isInstanceOf(Progress.class);
    }

    @Test
    void shouldNotProgressWithoutLoggedEffort() {
        SessionResult noRpe = new SessionResult(sessionId(10), day(10), true, null, 0, null);
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(good(8), noRpe)))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text()).contains("no effort logged"));
    }

    @Test
    void shouldNotProgressWhenASessionWasNotCompletedAsPrescribed() {
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(good(8), incomplete(10))))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text()).contains("not completed"));
    }

    @Test
    void shouldOnlyLookAtTheLatestSessionsForReadiness() {
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(incomplete(6), good(8), good(10))))
                .isInstanceOf(Progress.class);
    }

    @Test
    void shouldProgressDespiteMildTensionBelowThreshold() {
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(pain(8, 3, "mild-tension"), good(10))))
                .isInstanceOf(Progress.class);
    }

    @Test
    void shouldNotProgressOnAPainScoreWithoutAKind() {
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(pain(8, 2, null), good(10))))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text()).contains("had pain (score 2)"));
    }

    @Test
    void shouldPauseOnSharpPainEvenAfterGoodSessions() {
        Decision decision = bandRow(new Dose.Reps(2, 10, null), List.of(pain(3, 2, "sharp"), good(8), good(10)));

        assertThat(decision).isInstanceOfSatisfying(Pause.class, p -> {
            assertThat(p.sessionIds()).containsExactly(sessionId(3));
            assertThat(p.reason().rule()).isEqualTo(RuleCode.PAIN_SAFETY);
            assertThat(p.reason().text()).contains("sharp or worsening pain", sessionId(3).toString(), "Stop");
        });
    }

    @Test
    void shouldPauseImmediatelyEvenWithinTheFirstWeek() {
        assertThat(bandRow(new Dose.Reps(2, 10, null), List.of(pain(1, 1, "worsening")))).isInstanceOf(Pause.class);
    }

    @Test
    void shouldPauseWhenPainScoreReachesTheThreshold() {
        assertThat(bandRow(new Dose.Reps(2, 10, null), List.of(good(8), pain(10, 5, "mild-tension"))))
                .isInstanceOfSatisfying(Pause.class, p -> assertThat(p.reason().text()).contains("pain scored 5 or more"));
    }

    @Test
    void shouldTreatAnUnrecognisedPainKindAsConcerning() {
        assertThat(PainKind.fromCode("stabbing")).isEqualTo(PainKind.UNRECOGNISED);
        assertThat(bandRow(new Dose.Reps(2, 10, null), List.of(good(8), pain(10, 1, "stabbing"))))
                .isInstanceOf(Pause.class);
    }

    @Test
    void shouldIgnoreResultsFromBeforeTheLastChange() {
        SessionResult before = new SessionResult(sessionId(99), day(-2), true, 5, 8, PainKind.SHARP);
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of(before, good(8), good(10)))).isInstanceOf(Progress.class);
    }

    @Test
    void shouldRegressToEasierVariationWhenClinicPrefersIt() {
        Decision decision = decide(BEGINNER_WITH_KIT, "one-arm-dumbbell-row", new Dose.Reps(3, 10, 4.0), false,
                List.of(good(8), pain(10, 3, "worsening")), REGRESS);

        assertThat(decision).isInstanceOfSatisfying(Regress.class, r -> {
            assertThat(r.newExerciseId()).isEqualTo(TestCatalogue.bySlug("band-row").id());
            assertThat(r.newDose()).isEqualTo(new Dose.Reps(2, 10, null));
            assertThat(r.sessionIds()).containsExactly(sessionId(10));
            assertThat(r.reason().text()).contains("easier Band row");
        });
    }

    @Test
    void shouldDropASetWhenRegressingWithoutAnEasierVariation() {
        Decision decision = decide(BEGINNER_WITH_KIT, "band-row", new Dose.Reps(3, 10, null), false,
                List.of(pain(9, 6, "mild-tension")), REGRESS);

        assertThat(decision).isInstanceOfSatisfying(Regress.class, r -> {
            assertThat(r.newExerciseId()).isNull();
            assertThat(r.newDose()).isEqualTo(new Dose.Reps(2, 10, null));
        });
    }

    @Test
    void shouldPauseWhenThereIsNothingToRegressTo() {
        assertThat(decide(BEGINNER_WITH_KIT, "band-row", new Dose.Reps(1, 10, null), false,
                List.of(pain(9, 2, "sharp")), REGRESS)).isInstanceOf(Pause.class);
    }

    @Test
    void shouldAddSlightlyHeavierDumbbellsOnceThreeSetsAreDone() {
        Decision light = decide(BEGINNER_WITH_KIT, "one-arm-dumbbell-row", new Dose.Reps(3, 10, 4.0), false,
                List.of(good(8), good(10)), DEFAULTS);
        Decision heavier = decide(BEGINNER_WITH_KIT, "one-arm-dumbbell-row", new Dose.Reps(3, 10, 6.0), false,
                List.of(good(8), good(10)), DEFAULTS);

        assertThat(light).isInstanceOfSatisfying(Progress.class, p -> {
            assertThat(p.step()).isEqualTo(Step.HEAVIER_LOAD);
            assertThat(p.newDose()).isEqualTo(new Dose.Reps(3, 10, 4.5));
            assertThat(p.reason().text()).contains("from 4 kg to 4.5 kg dumbbells");
        });
        assertThat(heavier).isInstanceOfSatisfying(Progress.class,
                p -> assertThat(p.newDose()).isEqualTo(new Dose.Reps(3, 10, 7.0)));
    }

    @Test
    void shouldAddTwoAndAHalfKilosToABarbell() {
        ClientProfile advanced = client(Experience.ADVANCED, "barbell", "dumbbells");
        assertThat(decide(advanced, "high-barbell-row", new Dose.Reps(3, 8, 20.0), false, List.of(good(8), good(10)), DEFAULTS))
                .isInstanceOfSatisfying(Progress.class, p -> assertThat(p.newDose()).isEqualTo(new Dose.Reps(3, 8, 22.5)));
    }

    @Test
    void shouldStepUpTheLoadOfTheSetupTheClientUsesNotOfThePreferredOne() {
        ExerciseOption row = TestCatalogue.bySlug("bent-over-row");
        ExerciseOption twoWays = new ExerciseOption(row.id(), row.slug(), row.name(), row.category(), row.movement(),
                row.difficulty(), row.equipment(), row.primaryMuscles(), row.secondaryMuscles(), row.dose(), row.easierId(),
                row.harderId(), true, List.of(new Setup(Set.of("dumbbells"), null), new Setup(Set.of("barbell"), null)));
        ClientProfile barbellOnly = client(Experience.INTERMEDIATE, "barbell");
        var withBarbell = new CurrentExercise(twoWays, new Dose.Reps(3, 10, 20.0), false, day(0),
                new Setup(Set.of("barbell"), null));

        assertThat(ProgressionPolicy.decide(barbellOnly, withBarbell, List.of(good(8), good(10)), DEFAULTS, CATALOGUE::find))
                .isInstanceOfSatisfying(Progress.class, p -> {
                    assertThat(p.newDose()).isEqualTo(new Dose.Reps(3, 10, 22.5));
                    assertThat(p.reason().text()).contains("from 20 kg to 22.5 kg barbell");
                });
    }

    @Test
    void shouldMoveToTheNextBandResistanceForBandExercises() {
        assertThat(bandRow(new Dose.Reps(3, 10, null), List.of(good(8), good(10))))
                .isInstanceOfSatisfying(Progress.class, p -> {
                    assertThat(p.step()).isEqualTo(Step.HEAVIER_LOAD);
                    assertThat(p.newDose()).isEqualTo(new Dose.Reps(3, 10, null));
                    assertThat(p.reason().text()).contains("next band resistance");
                });
    }

    @Test
    void shouldMoveToHarderVariationOnlyAfterSetsAndLoad() {
        List<SessionResult> ready = List.of(good(8), good(10));
        assertThat(bandRow(new Dose.Reps(2, 10, null), ready))
                .isInstanceOfSatisfying(Progress.class, p -> assertThat(p.step()).isEqualTo(Step.THIRD_SET));
        assertThat(bandRow(new Dose.Reps(3, 10, null), ready))
                .isInstanceOfSatisfying(Progress.class, p -> assertThat(p.step()).isEqualTo(Step.HEAVIER_LOAD));

        Decision after = decide(BEGINNER_WITH_KIT, "band-row", new Dose.Reps(3, 10, null), true, ready, DEFAULTS);
        assertThat(after).isInstanceOfSatisfying(Progress.class, p -> {
            assertThat(p.step()).isEqualTo(Step.HARDER_VARIATION);
            assertThat(p.newExerciseId()).isEqualTo(TestCatalogue.bySlug("one-arm-dumbbell-row").id());
            assertThat(p.newDose()).isEqualTo(new Dose.Reps(2, 10, null));
            assertThat(p.reason().text()).contains("One-arm dumbbell row");
        });
    }

    @Test
    void shouldSkipTheLoadStepForBodyweightExercises() {
        Decision decision = decide(BEGINNER_WITH_KIT, "scapular-squeeze", new Dose.Reps(3, 10, null), false,
                List.of(good(8), good(10)), DEFAULTS);

        assertThat(decision).isInstanceOfSatisfying(Progress.class, p -> {
            assertThat(p.step()).isEqualTo(Step.HARDER_VARIATION);
            assertThat(p.newExerciseId()).isEqualTo(TestCatalogue.bySlug("band-pull-apart").id());
        });
    }

    @Test
    void shouldStayWhenTheClientLacksEquipmentForTheHarderVariation() {
        ClientProfile noBench = client(Experience.BEGINNER, "resistance-band", "dumbbells");
        assertThat(decide(noBench, "band-row", new Dose.Reps(3, 10, null), true, List.of(good(8), good(10)), DEFAULTS))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text()).contains("needs bench"));
    }

    @Test
    void shouldStayWhenTheLevelDoesNotAllowTheHarderVariation() {
        assertThat(decide(BEGINNER_WITH_KIT, "one-arm-dumbbell-row", new Dose.Reps(3, 10, 5.0), true,
                List.of(good(8), good(10)), DEFAULTS))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text())
                        .contains("Bent-over row is intermediate and the client is beginner"));
    }

    @Test
    void shouldStayAtTheEndOfTheChain() {
        ClientProfile advanced = client(Experience.ADVANCED, "dumbbells");
        assertThat(decide(advanced, "renegade-row", new Dose.Reps(3, 8, 8.0), true, List.of(good(8), good(10)), DEFAULTS))
                .isInstanceOfSatisfying(NoChange.class, n -> assertThat(n.reason().text()).contains("hardest variation"));
    }

    @Test
    void shouldSaySoWhenNothingWasLoggedSinceTheLastChange() {
        assertThat(bandRow(new Dose.Reps(1, 10, null), List.of()))
                .isInstanceOfSatisfying(NoChange.class, n -> {
                    assertThat(n.sessionIds()).isEmpty();
                    assertThat(n.reason().text()).contains("no sessions logged");
                });
    }
}
