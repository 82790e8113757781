package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanAssertions.everything;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.GenerationResult.Generated;

/**
 * The cases a therapist would not refuse, on the real global catalogue: the setup a client rows with follows
 * what they own, household items are taken as had, and a move a level up is given lighter rather than not at all.
 */
class SetupsAndLevelsTest {

    private final PlanGenerator generator = new PlanGenerator();
    private final Catalogue catalogue = RealCatalogue.get();

    @Test
    void shouldGiveABeginnerWithDumbbellsAOneArmRowSupportedOnAChair() {
        GeneratedPlan plan = plan(Profiles.beginner().equipment("dumbbells").build());

        assertThat(rows(plan)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.slug()).isEqualTo("one-arm-dumbbell-row");
            assertThat(p.setup().equipment()).containsExactlyInAnyOrder("dumbbells", "chair");
            assertThat(p.setup().note()).isNotBlank();
            assertThat(p.reasons().getFirst().text()).contains("(chair and dumbbells)");
        });
    }

    @Test
    void shouldPreferTheBenchWhenTheClientOwnsOne() {
        GeneratedPlan plan = plan(Profiles.beginner().equipment("dumbbells", "bench").build());

        assertThat(rows(plan)).filteredOn(p -> p.slug().equals("one-arm-dumbbell-row")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.setup().equipment()).containsExactlyInAnyOrder("dumbbells", "bench"));
    }

    @Test
    void shouldRowWithTheBarbellForAnAdvancedClientWhoOwnsOnlyABarbell() {
        GeneratedPlan plan = plan(Profiles.at(Experience.ADVANCED).equipment("barbell").build());

        assertThat(rows(plan)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.slug()).isIn("bent-over-row", "high-barbell-row");
            assertThat(p.setup().equipment()).containsExactly("barbell");
        });
    }

    @Test
    void shouldRowOnTheCableMachineForAClientWhoHasOne() {
        GeneratedPlan plan = plan(Profiles.at(Experience.INTERMEDIATE).equipment("cable").build());

        assertThat(rows(plan)).isNotEmpty().allSatisfy(p -> assertThat(p.setup().equipment()).containsExactly("cable"));
        assertThat(rows(plan)).extracting(Prescription::slug).containsAnyOf("seated-cable-row", "band-row");
    }

    @Test
    void shouldGiveABeginnerWithOnlyABarbellTheLighterBentOverRowAndSayWhy() {
        ExerciseOption bentOver = catalogue.options().stream().filter(o -> o.slug().equals("bent-over-row")).findFirst().orElseThrow();

        GeneratedPlan plan = plan(Profiles.beginner().equipment("barbell").build());

        assertThat(rows(plan)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.slug()).isEqualTo("bent-over-row");
            assertThat(p.setup().equipment()).containsExactly("barbell");
            assertThat(((Dose.Reps) p.dose()).sets()).isLessThan(((Dose.Reps) bentOver.dose()).sets());
            assertThat(p.reasons().getFirst().text()).contains("it is intermediate, so as a beginner you do its lighter version");
        });
    }

    @Test
    void shouldNeverGiveABeginnerAnAdvancedMove() {
        GeneratedPlan plan = plan(Profiles.beginner().equipment("dumbbells", "barbell").goals(ClientProfile.Goal.STRENGTH).build());

        assertThat(everything(plan)).extracting(Prescription::slug).doesNotContain("renegade-row", "high-barbell-row");
    }

    @Test
    void shouldUseWallDoorChairAndFloorWithoutBeingToldButNotTheFloorWhenTheClientCannotGetDownToIt() {
        ClientProfile bandOnly = Profiles.beginner().equipment("resistance-band").goals(ClientProfile.Goal.EASE_ACHES).build();
        ClientProfile noFloor = Profiles.beginner().equipment("resistance-band").goals(ClientProfile.Goal.EASE_ACHES)
                .without("floor").build();

        assertThat(everything(plan(bandOnly))).extracting(p -> p.setup().equipment())
                .anySatisfy(items -> assertThat(items).containsAnyOf("wall", "doorway", "chair", "floor"));
        assertThat(everything(plan(noFloor))).allSatisfy(p -> assertThat(p.setup().equipment()).doesNotContain("floor"));
    }

    @Test
    void shouldNameTheSmallestSetupMissingWhenNoRowFits() {
        ExerciseOption bentOver = catalogue.options().stream().filter(o -> o.slug().equals("bent-over-row")).findFirst().orElseThrow();
        ClientProfile nothing = Profiles.at(Experience.INTERMEDIATE).equipment().build();

        assertThat(Eligibility.exclusions(bentOver, nothing)).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEqualTo("needs dumbbells, or barbell");
            assertThat(e.missingEquipment()).isEqualTo(Set.of("dumbbells"));
        });
    }

    @Test
    void shouldNotNameASetupThatNeedsMoreThanAnotherWhenExplainingAnExclusion() {
        ExerciseOption oneArm = catalogue.options().stream().filter(o -> o.slug().equals("one-arm-dumbbell-row")).findFirst().orElseThrow();

        assertThat(Eligibility.exclusions(oneArm, Profiles.beginner().equipment().build()))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("needs dumbbells"));
    }

    private GeneratedPlan plan(ClientProfile profile) {
        GenerationResult result = generator.generate(profile, catalogue, 42);
        assertThat(result).isInstanceOf(Generated.class);
        PlanInvariants.hold(profile, catalogue, result);
        return ((Generated) result).plan();
    }

    private List<Prescription> rows(GeneratedPlan plan) {
        return everything(plan).filter(p -> catalogue.find(p.exerciseId()).orElseThrow().isRow()).toList();
    }
}
