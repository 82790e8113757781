package dev.upright.plan.generation;

import java.util.Objects;

/** A rule a plan breaks (or that no plan could meet), what is wrong, and what would put it right. */
public record Violation(RuleCode rule, String detail, String fix) {
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }
}
