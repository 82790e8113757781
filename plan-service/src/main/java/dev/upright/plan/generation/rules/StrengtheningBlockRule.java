package dev.upright.plan.generation.rules;

import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Pools;
import dev.upright.plan.generation.Purpose;
import dev.upright.plan.generation.Violation;

/** A rule about each session's strengthening block as a whole. */
abstract sealed class StrengtheningBlockRule implements PlanRule
        permits StrengthCountRule, RowRule, PostureMoveRule, SupportWorkRule {

    abstract Optional<Violation> test(ClientProfile profile, List<ExerciseOption> eligible,
                                      List<ExerciseOption> block, String where);

    @Override
    public List<Violation> check(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        List<ExerciseOption> eligible = Pools.of(profile, catalogue).get(Purpose.STRENGTHENING);
        return PlanWalk.sessions(plan).stream()
                .flatMap(at -> test(profile, eligible, options(catalogue, at), at.where()).stream())
                .toList();
    }

    static List<ExerciseOption> options(Catalogue catalogue, PlanWalk.At at) {
        return at.session().strengthening().stream()
                .flatMap(p -> catalogue.find(p.exerciseId()).stream())
                .toList();
    }
}
