package dev.upright.progress.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.Topics;
import dev.upright.contracts.plans.PlanActivated.PlannedExercise;
import dev.upright.contracts.progress.SessionLogged;
import dev.upright.progress.domain.ClientPlan;
import dev.upright.progress.domain.ExerciseLog;
import dev.upright.progress.domain.IdempotencyRecord;
import dev.upright.progress.domain.PlanSession;
import dev.upright.progress.domain.SessionLog;
import dev.upright.progress.rest.LogSessionRequest;
import dev.upright.progress.safety.AlertSettings;
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
    ObjectMapper json;

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
    public Logged log(Caller caller, LogSessionRequest request, String idempotencyKey) {
        String tenant = tenancy.requireTenant();
        UUID sessionId = UUID.randomUUID();
        if (idempotencyKey != null) {
            String requestHash = hash(request);
            var previous = IdempotencyRecord.claim(caller.userId(), idempotencyKey, requestHash, sessionId,
                    clock.instant());
            if (previous.isPresent()) {
                if (!previous.get().requestHash.equals(requestHash)) {
                    throw ProblemException.conflict("Idempotency-Key " + idempotencyKey
                            + " was already used for a different session; send a new key for a new session.");
                }
                return replay(previous.get().sessionLogId);
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
        // Before anything is persisted, so that its native update has nothing to flush ahead of it
        alerts.endQuiet(session.clientId, session.performedAt, thresholds.quietDays(), clock.instant());
        var painPolicy = thresholds.painPolicy();
        List<ExerciseLog> logs = new ArrayList<>();
        Map<UUID, String> safety = new java.util.LinkedHashMap<>();
        for (var entry : request.exercises()) {
            PlannedExercise prescribed = planned == null ? null : planned.get(entry.exerciseId());
            var log = toLog(session, entry, prescribed);
            logs.add(log);
            String name = prescribed == null ? "this exercise" : prescribed.name();
            if (painPolicy.needsAttention(log.painScore, log.painKind)) {
                safety.put(entry.exerciseId(), painPolicy.safetyMessage(name));
                raisePainAlert(session, log, name, plan);
            } else {
                raiseIfPainRising(session, log, name, plan, thresholds.painRisePoints());
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

    private ClientPlan planOf(Caller caller, LogSessionRequest request) {
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

    private ExerciseLog toLog(SessionLog session, LogSessionRequest.ExerciseEntry entry, PlannedExercise prescribed) {
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
        log.totalReps = entry.sets().stream().map(LogSessionRequest.SetEntry::reps).filter(Objects::nonNull)
                .reduce(Integer::sum).orElse(null);
        log.maxLoadKg = entry.sets().stream().map(LogSessionRequest.SetEntry::loadKg).filter(Objects::nonNull)
                .max(Double::compare).map(BigDecimal::valueOf).orElse(null);
        log.rpe = entry.rpe();
        log.painScore = entry.pain() == null ? 0 : entry.pain().score();
        log.painKind = entry.pain() == null ? null : entry.pain().kind();
        log.painLocation = entry.pain() == null ? null : entry.pain().location();
        log.completedAsPrescribed = Completion.asPrescribed(prescribed, entry.sets());
        log.notes = entry.notes();
        return log;
    }

    private void raisePainAlert(SessionLog session, ExerciseLog log, String exerciseName, ClientPlan plan) {
        alerts.raise("pain:" + session.id + ":" + log.exerciseId, session.clientId,
                plan == null ? null : plan.therapistUserId, "high", "pain",
                "Pain reported on " + exerciseName + ": " + log.painScore + "/10"
                        + (log.painKind == null ? "" : ", " + log.painKind)
                        + (log.painLocation == null ? "" : ", " + log.painLocation) + ".");
    }

    /** Milder pain that keeps climbing on the same exercise also deserves a look. */
    private void raiseIfPainRising(SessionLog session, ExerciseLog log, String exerciseName, ClientPlan plan,
            int risePoints) {
        if (log.painScore < risePoints) {
            return; // no earlier score can be low enough for this one to be a rise
        }
        ExerciseLog previous = ExerciseLog.find("clientId = ?1 and exerciseId = ?2 and performedAt < ?3 "
                + "order by performedAt desc", session.clientId, log.exerciseId, session.performedAt).firstResult();
        if (previous != null && log.painScore - previous.painScore >= risePoints) {
            alerts.raise("pain-rise:" + session.id + ":" + log.exerciseId, session.clientId,
                    plan == null ? null : plan.therapistUserId, "medium", "pain-rising",
                    "Pain on " + exerciseName + " rose from " + previous.painScore + " to " + log.painScore + "/10.");
        }
    }

    private Logged replay(UUID sessionLogId) {
        SessionLog session = SessionLog.findById(sessionLogId);
        List<ExerciseLog> logs = ExerciseLog.ofSession(sessionLogId);
        var painPolicy = alertSettings.current().painPolicy();
        Map<UUID, String> safety = new java.util.LinkedHashMap<>();
        logs.stream().filter(l -> painPolicy.needsAttention(l.painScore, l.painKind))
                .forEach(l -> safety.put(l.exerciseId, painPolicy.safetyMessage("this exercise")));
        return new Logged(session, logs, safety, true);
    }

    private static SessionLogged toEvent(SessionLog session, List<ExerciseLog> logs) {
        return new SessionLogged(session.id, session.clientId, session.planId, session.plannedSessionId,
                session.performedAt, session.partial, logs.stream()
                        .map(l -> new SessionLogged.ExerciseResult(l.exerciseId, l.sets, l.rpe, l.painScore, l.painKind,
                                l.painLocation, l.completedAsPrescribed))
                        .toList());
    }

    private String hash(LogSessionRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

}
