package dev.upright.plan.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;

/** Unwrapping and walking results in tests. */
final class PlanAssertions {

    private PlanAssertions() {
    }

    static GeneratedPlan generated(GenerationResult result) {
        assertThat(result).as("result: %s", result).isInstanceOf(Generated.class);
        return ((Generated) result).plan();
    }

    static List<Violation> refused(GenerationResult result) {
        assertThat(result).as("result: %s", result).isInstanceOf(Unsatisfiable.class);
        return ((Unsatisfiable) result).violations();
    }

    static Stream<PlannedSession> sessions(GeneratedPlan plan) {
        return plan.weeks().stream().flatMap(w -> w.sessions().stream());
    }

    static Stream<Prescription> everything(GeneratedPlan plan) {
        return Stream.concat(sessions(plan).flatMap(s -> s.inOrder().stream()), plan.postureBreaks().stream());
    }

    static List<String> slugs(GeneratedPlan plan) {
        return everything(plan).map(Prescription::slug).distinct().sorted().toList();
    }
}
