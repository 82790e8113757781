package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanAssertions.everything;
import static dev.upright.plan.generation.PlanAssertions.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

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

    private static void holdForPlan(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        assertThat(PlanRules.checkAll(profile, catalogue, plan)).isEmpty();
        everything(plan).forEach(p -> {
            ExerciseOption o = catalogue.find(p.exerciseId()).orElseThrow();
            assertThat(o.equipment()).allSatisfy(item -> assertThat(item.equals("none") || profile.equipment().contains(item))
                    .as("%s needs %s", o.slug(), item).isTrue());
            assertThat(profile.contraindications()).doesNotContain(o.slug(), o.movement(), o.id().toString());
            assertThat(PainAreas.loadedArea(o, profile.painAreas())).as("%s loads a pain area", o.slug()).isEmpty();
            if (profile.experience() == Experience.BEGINNER) assertThat(o.difficulty()).isEqualTo("beginner");
            if (profile.experience() != Experience.ADVANCED) assertThat(o.difficulty()).isNotEqualTo("advanced");
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
