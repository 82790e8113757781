package dev.upright.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.upright.progress.adherence.AdherenceQueries;
import dev.upright.progress.adherence.WeekFigures;
import dev.upright.progress.alerts.AlertSettings;
import dev.upright.progress.config.ProgressConfig;
import dev.upright.support.jobs.JobRounds;
import dev.upright.support.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.scheduler.Scheduled;

/**
 * Alerts that come from time passing rather than from a logged session: a client gone quiet while a plan
 * is active, and weekly adherence dropping (the rules are in {@code alerts}). Each cause raises one alert,
 * however often the sweep runs.
 */
@ApplicationScoped
public class AlertSweep {

    static final String JOB = "alert-sweep";

    @Inject
    EntityManager em;

    @Inject
    AlertSettingsService alertSettings;

    @Inject
    AdherenceQueries adherence;

    @Inject
    AlertService alerts;

    @Inject
    TenantScope tenantScope;

    @Inject
    JobRounds rounds;

    @Inject
    ProgressConfig config;

    private record ActivePlan(String tenant, UUID clientId, String therapistUserId, Instant lastActivity) {
    }

    /** Every instance's scheduler fires; the round runs on the one that claims it first. */
    @Scheduled(every = "${upright.progress.sweep-interval:1h}", delayed = "${upright.progress.sweep-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledSweep() {
        if (rounds.claim(JOB, DurationConverter.parseDuration(config.sweepInterval()))) {
            sweep();
        }
    }

    /** One round over every clinic's active plans; tests call it directly. */
    public void sweep() {
        for (ActivePlan plan : activePlans()) {
            tenantScope.run(plan.tenant(), () -> QuarkusTransaction.requiringNew().run(() -> check(plan)));
        }
    }

    private void check(ActivePlan plan) {
        AlertSettings thresholds = alertSettings.current();
        thresholds.quietClient().check(plan.clientId(), plan.lastActivity(), Instant.now())
                .ifPresent(alert -> alerts.raise(alert, plan.clientId(), plan.therapistUserId()));
        // The two last complete weeks: the current one is still under way
        List<WeekFigures> weeks = adherence.weekly(plan.tenant(), plan.clientId(), 3);
        thresholds.adherenceDrop().check(plan.clientId(), weeks.get(0), weeks.get(1))
                .ifPresent(alert -> alerts.raise(alert, plan.clientId(), plan.therapistUserId()));
    }

    /** Every clinic's active plans with the client's latest activity (a session, or the activation). */
    @SuppressWarnings("unchecked")
    private List<ActivePlan> activePlans() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery("""
                select p.tenant_id, p.client_id, p.therapist_user_id,
                       greatest(p.activated_at, coalesce((select max(s.performed_at) from session_log s
                                where s.tenant_id = p.tenant_id and s.client_id = p.client_id), p.activated_at))
                from client_plan p where p.active""").getResultList()).stream()
                .map(r -> new ActivePlan((String) r[0], (UUID) r[1], (String) r[2], AdherenceQueries.instant(r[3])))
                .toList());
    }
}
