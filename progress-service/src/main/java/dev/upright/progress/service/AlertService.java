package dev.upright.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.contracts.Topics;
import dev.upright.contracts.progress.AlertRaised;
import dev.upright.progress.alerts.AlertToRaise;
import dev.upright.progress.alerts.QuietClientAlert;
import dev.upright.progress.domain.Alert;
import dev.upright.support.outbox.Outbox;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.support.tenancy.TenantQueries;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class AlertService {

    @Inject
    TenantContext tenancy;

    @Inject
    TenantQueries queries;

    @Inject
    Outbox outbox;

    /**
     * Raises an alert unless this cause already raised one (retries, replays and repeated sweeps), and announces it
     * in the same transaction on the client's partition of {@code progress.sessions} (clinic webhooks send it on).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(AlertToRaise raised, UUID clientId, String therapistUserId) {
        if (Alert.raisedFor(raised.causeKey())) {
            return;
        }
        var alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.clientId = clientId;
        alert.therapistId = therapistUserId;
        alert.severity = raised.severity();
        alert.reason = raised.reason();
        alert.detail = raised.detail();
        alert.raisedAt = Instant.now();
        alert.causeKey = raised.causeKey();
        alert.persist();
        outbox.publish(Topics.PROGRESS_SESSIONS, AlertRaised.TYPE, clientId.toString(), tenancy.requireTenant(),
                new AlertRaised(alert.id, clientId, therapistUserId, alert.severity, alert.reason, alert.detail,
                        alert.raisedAt));
    }

    /**
     * A client no longer quiet (see {@link QuietClientAlert#endedBy}): their open "no recent session" alert has lost
     * its cause, so it is closed rather than left for the therapist to dismiss.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeQuiet(UUID clientId, Instant now) {
        // Native SQL: every logged session runs this (see TenantQueries)
        queries.sql("""
                update alert set acknowledged_at = :now
                where tenant_id = :tenant and client_id = :client and reason = :reason and acknowledged_at is null""")
                .setParameter("now", now).setParameter("client", clientId).setParameter("reason", QuietClientAlert.REASON)
                .executeUpdate();
    }

    /** Acknowledging twice is harmless: the first time stays recorded. */
    @Transactional
    public Alert acknowledge(UUID id) {
        tenancy.requireTenant();
        Alert alert = Alert.findById(id);
        if (alert == null) {
            throw ProblemException.notFound("Alert", id);
        }
        if (alert.acknowledgedAt == null) {
            alert.acknowledgedAt = Instant.now();
        }
        return alert;
    }

    public List<Alert> openAlerts() {
        tenancy.requireTenant();
        return Alert.listOpen();
    }
}
