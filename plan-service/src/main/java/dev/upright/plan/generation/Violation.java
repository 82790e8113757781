package dev.upright.plan.generation;

import java.util.Objects;
import java.util.UUID;

/**
 * A rule a plan breaks (or that no plan could meet), what is wrong, and what would put it right.
 *
 * @param place      where in the plan, when the violation is about one prescription; else null
 * @param exerciseId the exercise that may not be where it is (the detail names it); null when the violation
 *                   is about a dose, a block as a whole or the plan
 */
public record Violation(RuleCode rule, String detail, String fix, Place place, UUID exerciseId) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }

    /** A violation of the plan or of a block as a whole. */
    public Violation(RuleCode rule, String detail, String fix) {
        this(rule, detail, fix, null, null);
    }
}
