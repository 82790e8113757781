package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanAssertions.everything;
import static dev.upright.plan.generation.PlanAssertions.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import dev.upright.contracts.catalog.Household;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;
import dev.upright.plan.generation.rules.PlanRules;

/**
 * What must hold for any result, written a second time here, more bluntly than the rules, so that a
 * mistake shared by the generator and its rules is still caught. Plain methods: any test driver can call them.
 */
final class PlanInvariants {

    private static final Set<String> STRENGTHENING = Set.of("strength", "posture", "core", "lower-back", "grip");

    private PlanInvariants() {
    }

    static void hold(ClientProfile profile, Catalogue catalogue, GenerationResult result) {
        switch (result) {
            case Generated g -> holdForPlan(profile, catalogue, g.plan());
            case Unsatisfiable u -> assertThat(u.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.detail()).isNotBlank();
                assertThat(v.fix()).isNotBlank();
            });
        }
    }

    /** A move a level up is its lighter version, said so, and a row a level up only when no row at the level fits. */
    private static void aboveLevelIsLighterAndLastResort(ClientProfile profile, Catalogue catalogue, Prescription p, ExerciseOption o) {
        assertThat(p.block()).isEqualTo(Block.STRENGTHENING);
        assertThat(sets(p.dose())).as("%s done lighter", o.slug()).isLessThanOrEqualTo(Math.max(1, sets(o.dose()) - 1));
        assertThat(p.reasons().getFirst().text()).contains("lighter version");
        if (p.reasons().getFirst().rule() == RuleCode.ROW_REQUIRED) {
            assertThat(catalogue.options()).as("a row at the client's level fits, yet %s was given", o.slug())
                    .noneMatch(r -> r.isRow() && Categories.STRENGTHENING.contains(r.category())
                            && Eligibility.levelAllows(profile.experience(), r.difficulty()) && Eligibility.fits(r, profile));
        }
    }

    private static int sets(Dose dose) {
        return switch (dose) {
            case Dose.Reps r -> r.sets();
            case Dose.Hold h -> h.sets();
            case Dose.Duration d -> d.sets();
            case Dose.Timed t -> 1;
        };
    }

    private static void holdForPlan(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        assertThat(PlanRules.checkAll(profile, catalogue, plan)).isEmpty();
        everything(plan).forEach(p -> {
            ExerciseOption o = catalogue.find(p.exerciseId()).orElseThrow();
            assertThat(p.setup()).as("%s says how it is done", o.slug()).isNotNull();
            assertThat(o.setups()).as("%s is done one of its catalogue ways", o.slug()).contains(p.setup());
            assertThat(p.setup().equipment()).allSatisfy(item -> assertThat(item.equals("none")
                    || profile.equipment().contains(item)
                    || Household.isHousehold(item) && !profile.unavailableItems().contains(item))
                    .as("%s needs %s", o.slug(), item).isTrue());
            assertThat(profile.contraindications()).doesNotContain(o.slug(), o.movement(), o.id().toString());
            assertThat(PainAreas.loadedArea(o, profile.painAreas())).as("%s loads a pain area", o.slug()).isEmpty();
            if (profile.experience() == Experience.BEGINNER) assertThat(o.difficulty()).isNotEqualTo("advanced");
            if (!Eligibility.levelAllows(profile.experience(), o.difficulty())) aboveLevelIsLighterAndLastResort(profile, catalogue, p, o);
            assertThat(p.reasons()).isNotEmpty();
        });
        sessions(plan).forEach(s -> {
            s.warmUp().forEach(p -> {
                ExerciseOption o = catalogue.find(p.exerciseId()).orElseThrow();
                assertThat(o.category()).isEqualTo("warm-up");
                assertThat(o.movement()).isNotEqualTo("static-stretch");
            });
            assertThat(SessionEstimate.warmUpMinutes(s.warmUp())).isBetween(4.5 - 1e-9, 6.0 + 1e-9);
            assertThat(s.strengthening()).hasSizeBetween(3, 5).allSatisfy(p ->
                    assertThat(STRENGTHENING).contains(catalogue.find(p.exerciseId()).orElseThrow().category()));
            assertThat(s.strengthening()).anySatisfy(p -> assertThat(catalogue.find(p.exerciseId()).orElseThrow().movement()).isEqualTo("row"));
            assertThat(s.strengthening()).anySatisfy(p -> assertThat(catalogue.find(p.exerciseId()).orElseThrow().category()).isEqualTo("posture"));
            assertThat(s.coolDown()).hasSizeBetween(3, 5).allSatisfy(p ->
                    assertThat(catalogue.find(p.exerciseId()).orElseThrow().category()).isEqualTo("stretch"));
        });
        assertThat(plan.postureBreaks().isEmpty()).isEqualTo(!profile.deskWorker());
    }
}
