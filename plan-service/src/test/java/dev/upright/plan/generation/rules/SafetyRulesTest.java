package dev.upright.plan.generation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Place;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.PlannedWeek;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Reason;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.TestCatalogue;
import dev.upright.plan.generation.Violation;

class SafetyRulesTest {

    private static final ClientProfile BEGINNER_WITH_BAND = new ClientProfile(Experience.BEGINNER, Set.of("resistance-band"),
            Set.of(), null, null, false, Set.of("neck"), Set.of("face-pull"), null);
    private static final Catalogue CATALOGUE = TestCatalogue.full();

    @Test
    void shouldAcceptAnExerciseTheClientCanDo() {
        assertThat(broken("band-row", Block.STRENGTHENING)).isEmpty();
    }

    @Test
    void shouldNameEachSafetyRuleAnExerciseBreaks() {
        assertThat(broken("renegade-row", Block.STRENGTHENING)).extracting(Violation::rule)
                .containsExactlyInAnyOrder(RuleCode.LEVEL, RuleCode.EQUIPMENT);
        assertThat(broken("face-pull", Block.STRENGTHENING)).extracting(Violation::rule).contains(RuleCode.CONTRAINDICATION);
        assertThat(broken("levator-scapulae-stretch", Block.COOL_DOWN)).extracting(Violation::rule).contains(RuleCode.PAIN_AREA);
    }

    @Test
    void shouldRefuseAStaticStretchInTheWarmUpButNotInTheCoolDown() {
        assertThat(broken("rhomboid-stretch", Block.WARM_UP)).extracting(Violation::rule).containsExactly(RuleCode.WARM_UP);
        assertThat(broken("rhomboid-stretch", Block.COOL_DOWN)).isEmpty();
    }

    @Test
    void shouldTreatAnExerciseMissingFromTheCatalogueAsBroken() {
        var unknown = new Prescription(UUID.randomUUID(), "gone", "Gone move", Block.STRENGTHENING, new Dose.Reps(2, 10, null),
                List.of(new Reason(RuleCode.EXPLAINED, "kept from an older plan")));
        assertThat(SafetyRules.broken(new PlanWalk.Placed(new Place(1, 1, Block.STRENGTHENING), unknown), BEGINNER_WITH_BAND,
                CATALOGUE)).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo(RuleCode.KNOWN_EXERCISE);
                    assertThat(v.exerciseId()).isEqualTo(unknown.exerciseId());
                });
    }

    @Test
    void shouldPlaceEachViolationByWeekSessionAndBlockOrInThePostureBreaks() {
        GeneratedPlan plan = new GeneratedPlan(List.of(
                new PlannedWeek(List.of(session(), session())),
                new PlannedWeek(List.of(session(), new PlannedSession(List.of(), List.of(at("renegade-row", Block.STRENGTHENING)),
                        List.of())))),
                List.of(at("face-pull", Block.POSTURE_BREAK)), List.of());

        List<Violation> broken = SafetyRules.broken(plan, BEGINNER_WITH_BAND, CATALOGUE);

        assertThat(broken).extracting(Violation::rule)
                .containsExactly(RuleCode.LEVEL, RuleCode.EQUIPMENT, RuleCode.CONTRAINDICATION);
        assertThat(broken.getFirst().place()).isEqualTo(new Place(2, 2, Block.STRENGTHENING));
        assertThat(broken.getFirst().exerciseId()).isEqualTo(TestCatalogue.bySlug("renegade-row").id());
        assertThat(broken.getFirst().detail()).startsWith("week 2, session 2, strengthening: Renegade row ");
        assertThat(broken.getLast().place()).isEqualTo(Place.POSTURE_BREAKS);
        assertThat(broken.getLast().exerciseId()).isEqualTo(TestCatalogue.bySlug("face-pull").id());
        assertThat(broken.getLast().detail()).startsWith("daily posture breaks: Face pull ");
    }

    @Test
    void shouldNameStoredSessionsByTheirOwnNumbers() {
        var stored = new PlanWalk.At(1, 3, 0, new PlannedSession(List.of(at("rhomboid-stretch", Block.WARM_UP)), List.of(),
                List.of()));

        List<PlanWalk.Placed> placed = PlanWalk.prescriptions(List.of(stored), List.of());

        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo(new Place(1, 3, Block.WARM_UP));
            assertThat(p.where()).isEqualTo("week 1, session 3, warm-up");
        });
    }

    @Test
    void shouldReportStaticStretchInWarmUpOnce() {
        GeneratedPlan plan = planWithWarmUp(at("rhomboid-stretch", Block.WARM_UP));
        UUID stretch = TestCatalogue.bySlug("rhomboid-stretch").id();

        List<Violation> broken = SafetyRules.broken(plan, BEGINNER_WITH_BAND, CATALOGUE);
        List<Violation> advice = SafetyRules.advice(BEGINNER_WITH_BAND, CATALOGUE, plan, broken);

        assertThat(broken).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.WARM_UP);
            assertThat(v.exerciseId()).isEqualTo(stretch);
        });
        assertThat(advice).noneMatch(v -> stretch.equals(v.exerciseId()));
        // Its dose is another matter and is still advised
        assertThat(advice).anyMatch(v -> v.rule() == RuleCode.WARM_UP && v.detail().contains("Rhomboid stretch is not a timed"));
    }

    @Test
    void shouldAdviseAgainstAWarmUpStretchWhoseSafetyViolationIsNotReported() {
        // An overridden row is not reported as broken again, so the advice is the only word on it
        GeneratedPlan plan = planWithWarmUp(at("rhomboid-stretch", Block.WARM_UP));
        UUID stretch = TestCatalogue.bySlug("rhomboid-stretch").id();

        List<Violation> advice = SafetyRules.advice(BEGINNER_WITH_BAND, CATALOGUE, plan, List.of());

        assertThat(advice).filteredOn(v -> stretch.equals(v.exerciseId())).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.WARM_UP);
            assertThat(v.place()).isEqualTo(new Place(1, 1, Block.WARM_UP));
            assertThat(v.fix()).isEqualTo("Move Rhomboid stretch to the cool-down.");
        });
    }

    @Test
    void shouldNeverAdviseOnTheHardRules() {
        GeneratedPlan plan = planWithWarmUp(at("renegade-row", Block.WARM_UP));

        assertThat(SafetyRules.advice(BEGINNER_WITH_BAND, CATALOGUE, plan, List.of()))
                .noneMatch(v -> SafetyRules.HARD.contains(v.rule()));
    }

    private static GeneratedPlan planWithWarmUp(Prescription extra) {
        PlannedSession s = session();
        List<Prescription> warmUp = new java.util.ArrayList<>(s.warmUp());
        warmUp.add(extra);
        return new GeneratedPlan(List.of(new PlannedWeek(List.of(new PlannedSession(warmUp, s.strengthening(), s.coolDown())))),
                List.of(), List.of());
    }

    /** A session the client can do. */
    private static PlannedSession session() {
        return new PlannedSession(List.of(at("arm-circles", Block.WARM_UP), at("overhead-arm-reach", Block.WARM_UP)),
                List.of(at("band-row", Block.STRENGTHENING)), List.of(at("rhomboid-stretch", Block.COOL_DOWN)));
    }

    private static Prescription at(String slug, Block block) {
        ExerciseOption option = TestCatalogue.bySlug(slug);
        return new Prescription(option.id(), option.slug(), option.name(), block, option.dose(),
                List.of(new Reason(RuleCode.EXPLAINED, "test")));
    }

    private static List<Violation> broken(String slug, Block block) {
        return SafetyRules.broken(new PlanWalk.Placed(new Place(1, 1, block), at(slug, block)), BEGINNER_WITH_BAND,
                CATALOGUE);
    }
}
