package dev.upright.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.progress.domain.Alert;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class AlertService {

    @Inject
    TenantContext tenancy;

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
