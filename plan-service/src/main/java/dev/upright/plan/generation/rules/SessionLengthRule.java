package dev.upright.plan.generation.rules;

import java.util.List;

import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.SessionEstimate;
import dev.upright.plan.generation.Violation;

/** When the therapist limits a session's minutes, no session's estimated time goes over. */
public final class SessionLengthRule implements PlanRule {

    @Override
    public RuleCode code() {
        return RuleCode.SESSION_LENGTH;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        Integer limit = check.profile().sessionMinutes();
        if (limit == null) return List.of();
        return check.sessions().stream()
                .filter(at -> SessionEstimate.minutes(at.session()) > limit)
                .map(at -> new Violation(code(), at.where() + " takes about "
                        + (int) Math.ceil(SessionEstimate.minutes(at.session())) + " minutes; the limit is " + limit + ".",
                        "Drop an extra strengthening move or stretch, or allow more minutes per session."))
                .toList();
    }
}
