package dev.upright.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.upright.contracts.plans.PlanActivated;
import dev.upright.contracts.plans.PlanActivated.PlannedSession;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.progress.domain.ClientPlan;
import dev.upright.progress.domain.PendingPlanAdjustment;
import dev.upright.progress.domain.PlanSession;
import dev.upright.support.inbox.IncomingEvent;

/** What each client is prescribed, kept from plans.lifecycle: logging and adherence read it. */
@ApplicationScoped
public class PrescriptionReadModel {

    private static final Logger LOG = Logger.getLogger(PrescriptionReadModel.class);

    /** The activated plan replaces the client's earlier one, which stays for history and adherence. */
    @Transactional
    public void planActivated(PlanActivated activated) {
        ClientPlan known = ClientPlan.findById(activated.planId());
        if (known != null) {
            // Announced again after the client's login was linked: only who it belongs to can change
            known.clientUserId = activated.clientUserId();
            known.therapistUserId = activated.therapistUserId();
            return;
        }
        ClientPlan.update("active = false where clientId = ?1 and active = true", activated.clientId());
        ClientPlan.getEntityManager().flush();
        var plan = new ClientPlan();
        plan.planId = activated.planId();
        plan.clientId = activated.clientId();
        plan.clientUserId = activated.clientUserId();
        plan.therapistUserId = activated.therapistUserId();
        plan.activatedAt = activated.activatedAt();
        plan.weeks = activated.weeks();
        plan.sessionsPerWeek = activated.sessionsPerWeek();
        plan.active = true;
        plan.persist();
        replaceSessions(plan.planId, activated.sessions());

        var waiting = PendingPlanAdjustment.forPlan(plan.planId);
        if (waiting != null) {
            applyAdjustment(plan, waiting.adjustedAt, waiting.sessions);
            waiting.delete();
        }
    }

    /**
     * The plan's sessions become those of the adjustment. An adjustment older than one already applied
     * changes nothing (events may arrive late); one for a plan not known yet waits for its activation.
     */
    @Transactional
    public void planAdjusted(PlanAdjusted adjusted, IncomingEvent event) {
        if (adjusted.planId() == null || adjusted.adjustedAt() == null || adjusted.sessions() == null) {
            throw new IllegalArgumentException("Adjustment event " + event.id() + " lacks planId, adjustedAt or sessions");
        }
        ClientPlan plan = ClientPlan.forUpdate(adjusted.planId());
        if (plan == null) {
            keepForLater(adjusted);
        } else if (plan.acceptsAdjustmentAt(adjusted.adjustedAt())) {
            applyAdjustment(plan, adjusted.adjustedAt(), adjusted.sessions());
        } else {
            LOG.infof("Ignoring adjustment %s of plan %s made at %s: the plan already reflects one made at %s",
                    event.id(), plan.planId, adjusted.adjustedAt(), plan.adjustedAt);
        }
    }

    private void keepForLater(PlanAdjusted adjusted) {
        var pending = PendingPlanAdjustment.forPlan(adjusted.planId());
        if (pending == null) {
            pending = new PendingPlanAdjustment();
            pending.planId = adjusted.planId();
        } else if (!adjusted.adjustedAt().isAfter(pending.adjustedAt)) {
            return;
        }
        pending.adjustedAt = adjusted.adjustedAt();
        pending.sessions = adjusted.sessions();
        pending.persist();
    }

    private static void applyAdjustment(ClientPlan plan, Instant adjustedAt, List<PlannedSession> sessions) {
        plan.adjustedAt = adjustedAt;
        replaceSessions(plan.planId, sessions);
    }

    /**
     * Sessions are matched by id: a known one gets its new exercises, a new one is added, and one the plan
     * no longer has is dropped, so nobody logs against it. Logs keep their own copy of what was done.
     */
    private static void replaceSessions(UUID planId, List<PlannedSession> sessions) {
        Map<UUID, PlanSession> held = PlanSession.<PlanSession>list("planId", planId).stream()
                .collect(Collectors.toMap(s -> s.sessionId, Function.identity()));
        for (var planned : sessions) {
            var session = held.remove(planned.sessionId());
            if (session == null) {
                session = new PlanSession();
                session.sessionId = planned.sessionId();
                session.planId = planId;
            }
            session.week = planned.week();
            session.order = planned.order();
            session.exercises = planned.exercises() == null ? List.of() : planned.exercises();
            session.persist();
        }
        held.values().forEach(PlanSession::delete);
    }
}
