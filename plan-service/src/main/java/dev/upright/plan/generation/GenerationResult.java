package dev.upright.plan.generation;

import java.util.List;

/** Either a plan that meets every rule, or the rules no plan could meet for this profile and catalogue. */
public sealed interface GenerationResult {

    record Generated(GeneratedPlan plan) implements GenerationResult {
    }

    record Unsatisfiable(List<Violation> violations) implements GenerationResult {
        public Unsatisfiable {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) throw new IllegalArgumentException("an unsatisfiable result names at least one rule");
        }
    }
}
