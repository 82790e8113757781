package dev.upright.plan.events;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.contracts.Topics;
import dev.upright.contracts.plans.PlanActivated;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.plan.domain.Client;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.service.PlanContent;
import dev.upright.support.outbox.Outbox;
import dev.upright.support.tenancy.TenantContext;

/**
 * Publishes what happens to a client's plan on plans.lifecycle, through the outbox: stored in the
 * caller's transaction, so the event goes out exactly when the change is committed.
 */
@ApplicationScoped
public class PlanEvents {

    @Inject
    Outbox outbox;

    @Inject
    TenantContext tenancy;

    /** The plan is the client's from now on; also sent again when the client's account link changes. */
    public void activated(Plan plan, Client client, PlanContent content) {
        outbox.publish(Topics.PLANS_LIFECYCLE, PlanActivated.TYPE, plan.clientId.toString(), tenancy.requireTenant(),
                new PlanActivated(plan.id, plan.clientId, client.userId, client.therapistUserId, plan.activatedAt,
                        plan.weeks, plan.sessionsPerWeek, plannedSessions(content)));
    }

    /** The active plan changed (a therapist's edit or a progression step): the changes and the plan as it now stands. */
    public void adjusted(Plan plan, Instant at, List<PlanAdjusted.Change> changes, PlanContent content) {
        outbox.publish(Topics.PLANS_LIFECYCLE, PlanAdjusted.TYPE, plan.clientId.toString(), tenancy.requireTenant(),
                new PlanAdjusted(plan.id, plan.clientId, at, changes, plannedSessions(content)));
    }

    /** What progress-service needs of the sessions; paused exercises are nobody's to do. */
    private static List<PlanActivated.PlannedSession> plannedSessions(PlanContent content) {
        return content.sessions().stream().map(s -> new PlanActivated.PlannedSession(s.session().id, s.session().week,
                s.session().position, s.exercises().stream().filter(r -> PlanExercise.ACTIVE.equals(r.status))
                        .map(r -> new PlanActivated.PlannedExercise(r.exerciseId, r.name, r.block, r.sets, r.reps,
                                r.holdSeconds, r.repetitions, r.minutes, r.seconds))
                        .toList()))
                .toList();
    }
}
