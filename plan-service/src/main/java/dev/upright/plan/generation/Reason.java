package dev.upright.plan.generation;

import java.util.Objects;

/** Why something is in a plan: the rule, and in plain words the profile fact behind it. */
public record Reason(RuleCode rule, String text) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }
}
