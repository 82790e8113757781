package dev.upright.plan.service;

import java.util.List;

import dev.upright.plan.generation.Violation;

/**
 * A plan that breaks rules: no plan fits the profile (plan-unsatisfiable), or an edit or activation
 * breaks a safety rule (plan-rule-broken). Answered as problem+json listing each violation and its fix.
 */
public class PlanProblem extends RuntimeException {

    public static final String UNSATISFIABLE = "plan-unsatisfiable";
    public static final String RULE_BROKEN = "plan-rule-broken";

    private final String slug;
    private final String title;
    private final List<Violation> violations;
    private final List<Violation> warnings;

    public PlanProblem(String slug, String title, String detail, List<Violation> violations, List<Violation> warnings) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.warnings = List.copyOf(warnings);
    }

    /** No plan fits the client (named in the detail); each violation says what would fix it. */
    public static PlanProblem unsatisfiable(String clientName, List<Violation> violations) {
        return new PlanProblem(UNSATISFIABLE, "No plan fits this profile", violations.size() + " rule(s) cannot be met for "
                + clientName + " with the clinic's catalogue; each violation says what would fix it.", violations, List.of());
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Violation> warnings() {
        return warnings;
    }
}
