package dev.upright.progress.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.contracts.Topics;
import dev.upright.contracts.plans.PlanActivated.PlannedExercise;
import dev.upright.contracts.progress.SessionLogged;
import dev.upright.progress.alerts.AlertSettings;
import dev.upright.progress.alerts.PainAlert;
import dev.upright.progress.alerts.PainRisingAlert;
import dev.upright.progress.domain.ClientPlan;
import dev.upright.progress.domain.ExerciseLog;
import dev.upright.progress.domain.PlanSession;
import dev.upright.progress.domain.SessionLog;
import dev.upright.support.outbox.Outbox;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class SessionService {

    @Inject
    TenantContext tenancy;

    @Inject
    Outbox outbox;

    @Inject
    AlertSettingsService alertSettings;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    AlertService alerts;

    Clock clock = Clock.systemUTC();

    /** Who is logging: a client for themself, or staff of the clinic on a client's behalf. */
    public record Caller(String userId, boolean staff) {
    }

    /** A saved session with its exercises, the safety advice to show, and whether this was a retry. */
    public record Logged(SessionLog session, List<ExerciseLog> exercises, Map<UUID, String> safetyMessages,
            boolean replayed) {
    }

    @Transactional
    public Logged log(Caller caller, LogSession request, String idempotencyKey) {
        String tenant = tenancy.requireTenant();
        UUID sessionId = UUID.randomUUID();
        if (idempotencyKey != null) {
            var earlier = idempotentRequests.claim(caller.userId(), idempotencyKey, request, sessionId, clock.instant());
            if (earlier.isPresent()) {
                return replay(earlier.get());
            }
        }

        ClientPlan plan = planOf(caller, request);
        Map<UUID, PlannedExercise> planned = null;
        if (request.plannedSessionId() != null) {
            PlanSession session = PlanSession.readOnly(request.plannedSessionId());
            if (session == null || plan == null || !session.planId.equals(plan.planId)) {
                throw ProblemException.invalid("plannedSessionId", "is not a session of the client's active plan");
            }
            planned = session.exercises.stream()
                    .collect(Collectors.toMap(PlannedExercise::exerciseId, Function.identity(), (a, b) -> a));
        }
        var errors = SessionRules.check(request, planned == null ? null : planned.keySet(), clock.instant());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }

        var session = new SessionLog();
        session.id = sessionId;
        session.clientId = plan != null ? plan.clientId : request.clientId();
        session.planId = plan == null ? null : plan.planId;
        session.plannedSessionId = request.plannedSessionId();
        session.performedAt = request.performedAt();
        session.notes = request.notes();
        session.loggedBy = caller.userId();
        session.createdAt = clock.instant();

        AlertSettings thresholds = alertSettings.current();
        Instant now = clock.instant();
        if (thresholds.quietClient().endedBy(session.performedAt, now)) {
            // Before anything is persisted, so that its native update has nothing to flush ahead of it
            alerts.closeQuiet(session.clientId, now);
        }
        PainAlert painAlert = thresholds.painAlert();
        PainRisingAlert painRising = thresholds.painRising();
        String therapist = plan == null ? null : plan.therapistUserId;
        List<ExerciseLog> logs = new ArrayList<>();
        Map<UUID, String> safety = new LinkedHashMap<>();
        for (var entry : request.exercises()) {
            PlannedExercise prescribed = planned == null ? null : planned.get(entry.exerciseId());
            var log = toLog(session, entry, prescribed);
            logs.add(log);
            String name = prescribed == null ? "this exercise" : prescribed.name();
            var pain = painAlert.check(session.id, log.exerciseId, name, log.painScore, log.painKind, log.painLocation);
            if (pain.isPresent()) {
                safety.put(entry.exerciseId(), painAlert.safetyMessage(name));
                alerts.raise(pain.get(), session.clientId, therapist);
            } else {
                raiseIfPainRising(painRising, session, log, name, therapist);
            }
        }
        session.partial = planned != null && (logs.stream().filter(l -> l.completedAsPrescribed).count() < planned.size());
        session.persist();
        ExerciseLog.persist(logs);

        outbox.publish(Topics.PROGRESS_SESSIONS, SessionLogged.TYPE, session.clientId.toString(), tenant,
                toEvent(session, logs));
        return new Logged(session, logs, safety, false);
    }

    public List<SessionLog> history(UUID clientId, Instant from, Instant to, int page, int size) {
        tenancy.requireTenant();
        return SessionLog.find("clientId = ?1 and performedAt >= ?2 and performedAt < ?3 order by performedAt desc, id",
                clientId, from == null ? Instant.EPOCH : from, to == null ? Instant.parse("9999-01-01T00:00:00Z") : to)
                .page(page, size).list();
    }

    /** The client whose sessions a caller may read: a client only themself, staff any client of the clinic. */
    public UUID clientOfCaller(Caller caller) {
        return ClientPlan.activeForUser(caller.userId()).map(p -> p.clientId)
                .orElseThrow(() -> ProblemException.notFound("Active plan for your account", "(none yet)"));
    }

    public void requireKnownClient(UUID clientId) {
        tenancy.requireTenant();
        if (!ClientPlan.knowsClient(clientId)) {
            throw ProblemException.notFound("Client", clientId);
        }
    }

    private ClientPlan planOf(Caller caller, LogSession request) {
        if (!caller.staff()) {
            var own = ClientPlan.activeForUser(caller.userId()).orElseThrow(() -> ProblemException.conflict(
                    "Your account has no active plan yet, so there is nothing to log against. Ask your therapist."));
            if (request.clientId() != null && !request.clientId().equals(own.clientId)) {
                throw ProblemException.invalid("clientId", "is someone else's: a client logs only their own sessions");
            }
            return own;
        }
        if (request.clientId() == null) {
            throw ProblemException.invalid("clientId", "is required when staff log a session for a client");
        }
        var plan = ClientPlan.activeForClient(request.clientId());
        if (plan.isEmpty() && !ClientPlan.knowsClient(request.clientId())) {
            throw ProblemException.notFound("Client", request.clientId());
        }
        return plan.orElse(null);
    }

    private ExerciseLog toLog(SessionLog session, LogSession.ExerciseEntry entry, PlannedExercise prescribed) {
        var log = new ExerciseLog();
        log.id = UUID.randomUUID();
        log.sessionLogId = session.id;
        log.clientId = session.clientId;
        log.exerciseId = entry.exerciseId();
        log.performedAt = session.performedAt;
        log.sets = entry.sets().stream()
                .map(s -> new SessionLogged.SetResult(s.reps(), s.loadKg(), s.holdSeconds(), s.durationSeconds()))
                .toList();
        log.setCount = entry.sets().size();
        log.totalReps = entry.sets().stream().map(LogSession.SetEntry::reps).filter(Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
        log.maxLoadKg = entry.sets().stream().map(LogSession.SetEntry::loadKg).filter(Objects::nonNull)
                .max(Double::compare).map(BigDecimal::valueOf).orElse(null);
        log.rpe = entry.rpe();
        log.painScore = entry.pain() == null ? 0 : entry.pain().score();
        log.painKind = entry.pain() == null ? null : entry.pain().kind();
        log.painLocation = entry.pain() == null ? null : entry.pain().location();
        log.completedAsPrescribed = Completion.asPrescribed(prescribed, entry.sets());
        log.notes = entry.notes();
        return log;
    }

    /** Only for pain that did not alert by itself; the previous log is looked up only when a rise is possible. */
    private void raiseIfPainRising(PainRisingAlert painRising, SessionLog session, ExerciseLog log, String exerciseName,
            String therapist) {
        if (!painRising.couldHaveRisen(log.painScore)) {
            return;
        }
        ExerciseLog previous = ExerciseLog.find("clientId = ?1 and exerciseId = ?2 and performedAt < ?3 "
                + "order by performedAt desc", session.clientId, log.exerciseId, session.performedAt).firstResult();
        painRising.check(session.id, log.exerciseId, exerciseName, previous == null ? null : previous.painScore,
                log.painScore).ifPresent(alert -> alerts.raise(alert, session.clientId, therapist));
    }

    private Logged replay(UUID sessionLogId) {
        SessionLog session = SessionLog.findById(sessionLogId);
        List<ExerciseLog> logs = ExerciseLog.ofSession(sessionLogId);
        PainAlert painAlert = alertSettings.current().painAlert();
        Map<UUID, String> safety = new LinkedHashMap<>();
        logs.stream().filter(l -> painAlert.concerning(l.painScore, l.painKind))
                .forEach(l -> safety.put(l.exerciseId, painAlert.safetyMessage("this exercise")));
        return new Logged(session, logs, safety, true);
    }

    private static SessionLogged toEvent(SessionLog session, List<ExerciseLog> logs) {
        return new SessionLogged(session.id, session.clientId, session.planId, session.plannedSessionId,
                session.performedAt, session.partial, logs.stream()
                        .map(l -> new SessionLogged.ExerciseResult(l.exerciseId, l.sets, l.rpe, l.painScore, l.painKind,
                                l.painLocation, l.completedAsPrescribed))
                        .toList());
    }
}
