package dev.upright.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.plans.PlanActivated;
import dev.upright.progress.domain.ClientPlan;
import dev.upright.progress.domain.PlanSession;
import dev.upright.support.inbox.IncomingEvent;
import dev.upright.support.inbox.ProcessedEvents;

@ApplicationScoped
public class PrescriptionReadModel {

    static final String CONSUMER = "progress-service.plans";

    @Inject
    ProcessedEvents processed;

    @Inject
    ObjectMapper json;

    /** The activated plan replaces the client's earlier one, which stays for history and adherence. */
    @Transactional
    public void planActivated(IncomingEvent event) {
        if (!processed.markFirstTime(CONSUMER, event.id())) {
            return;
        }
        PlanActivated activated = event.payloadAs(json, PlanActivated.class);
        if (ClientPlan.findById(activated.planId()) != null) {
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
        for (var planned : activated.sessions()) {
            var session = new PlanSession();
            session.sessionId = planned.sessionId();
            session.planId = plan.planId;
            session.week = planned.week();
            session.order = planned.order();
            session.exercises = planned.exercises();
            session.persist();
        }
    }
}
