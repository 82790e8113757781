package dev.upright.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.progress.domain.Alert;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.support.tenancy.TenantQueries;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class AlertService {

    /** The reason of the alert for a client gone quiet while a plan is active. */
    public static final String QUIET = "no-recent-session";

    @Inject
    TenantContext tenancy;

    @Inject
    TenantQueries queries;

    /** Raises an alert unless this cause already raised one (retries, replays and repeated sweeps). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(String causeKey, UUID clientId, String therapistUserId, String severity, String reason,
            String detail) {
        if (Alert.raisedFor(causeKey)) {
            return;
        }
        var alert = new Alert();
        alert.id = UUID.randomUUID();
        alert.clientId = clientId;
        alert.therapistId = therapistUserId;
        alert.severity = severity;
        alert.reason = reason;
        alert.detail = detail;
        alert.raisedAt = Instant.now();
        alert.causeKey = causeKey;
        alert.persist();
    }

    /**
     * A session within the quiet window means the client is no longer quiet: their open "no recent session" alert
     * has lost its cause, so it is closed rather than left for the therapist to dismiss. A session dated further
     * back (logged late) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endQuiet(UUID clientId, Instant performedAt, int quietDays, Instant now) {
        if (performedAt.isBefore(now.minusSeconds(quietDays * 86_400L))) {
            return;
        }
        // Native SQL: every logged session runs this (see TenantQueries)
        queries.sql("""
                update alert set acknowledged_at = :now
                where tenant_id = :tenant and client_id = :client and reason = :reason and acknowledged_at is null""")
                .setParameter("now", now).setParameter("client", clientId).setParameter("reason", QUIET)
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
