package dev.upright.plan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.contracts.progress.PainKind;
import dev.upright.contracts.progress.SessionLogged;
import dev.upright.plan.domain.Client;
import dev.upright.plan.domain.ExerciseResult;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanChange;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.ReasonEntry;
import dev.upright.plan.events.PlanEvents;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.mapping.DoseValues;
import dev.upright.plan.mapping.PlanRows;
import dev.upright.plan.mapping.PlanningInputs;
import dev.upright.plan.progression.CurrentExercise;
import dev.upright.plan.progression.Decision;
import dev.upright.plan.progression.ProgressionPolicy;
import dev.upright.plan.progression.ProgressionSettings;
import dev.upright.plan.progression.SessionResult;
import dev.upright.plan.progression.Step;
import dev.upright.support.tenancy.TenantContext;

/**
 * Applies the progression policy to the client's active plan after each logged session: steps an
 * exercise up, pauses or regresses it on pain, records every change with its reason and publishes the
 * plan as it now stands. One event, one transaction: the results, the changes and the outgoing event
 * are stored together, and an event seen before changes nothing.
 */
@ApplicationScoped
public class ProgressionService {

    private static final Logger LOG = Logger.getLogger(ProgressionService.class);

    @Inject
    TenantContext tenancy;

    @Inject
    ProgressionSettingsService settingsService;

    @Inject
    PlanningCatalogue planningCatalogue;

    @Inject
    PlanEvents events;

    @Inject
    ObjectMapper json;

    @Transactional
    public void sessionLogged(SessionLogged logged) {
        String tenant = tenancy.requireTenant();
        Plan plan = logged.planId() == null ? null : Plan.findById(logged.planId());
        if (plan == null || !Plan.ACTIVE.equals(plan.status) || !plan.clientId.equals(logged.clientId())) {
            // An unplanned session, or one logged against a plan that was replaced since: nothing to progress.
            LOG.debugf("Session %s is not against an active plan of its client; no progression", logged.sessionLogId());
            return;
        }
        Map<UUID, SessionResult> results = record(tenant, plan, logged);
        Client client = Client.findById(plan.clientId);
        var profile = PlanningInputs.profile(client, plan.weeks);
        Catalogue catalogue = planningCatalogue.plannable(tenant);
        ProgressionSettings settings = settingsService.forTenant(tenant);

        Map<UUID, PlanExercise> leading = PlanExercise.leadingActiveRows(plan.id, results.keySet()).stream()
                .collect(Collectors.toMap(r -> r.exerciseId, Function.identity()));
        // The policy looks only at results since each exercise's last change (or the pain that moves it earlier)
        Map<UUID, List<ExerciseResult>> histories = ExerciseResult.evidence(plan.id, results.keySet(),
                earliestRelevant(plan, leading.values(), results.values()), settings.qualifyingSessions(),
                settings.painThreshold());
        List<PlanAdjusted.Change> changes = new ArrayList<>();
        for (UUID exerciseId : results.keySet()) {
            PlanExercise first = leading.get(exerciseId);
            if (first == null) continue;
            Optional<ExerciseOption> option = catalogue.find(exerciseId);
            if (option.isEmpty()) {
                // Retired from the catalogue since the plan was made: the therapist decides, not the policy.
                continue;
            }
            Instant since = ProgressionPolicy.countingFrom(
                    first.lastChangedAt == null ? plan.activatedAt : first.lastChangedAt, results.get(exerciseId), settings);
            var current = new CurrentExercise(option.get(), DoseValues.of(first).toDose(), first.heavierLoadTaken, since,
                    first.setup());
            List<SessionResult> history = histories.getOrDefault(exerciseId, List.of()).stream()
                    .map(PlanRows::sessionResult).toList();
            Decision decision = ProgressionPolicy.decide(profile, current, history, settings, catalogue::find);
            LOG.debugf("Plan %s, %s: %s", plan.id, current.option().slug(), decision);
            if (decision instanceof Decision.NoChange) continue;
            apply(plan, PlanExercise.activeRows(plan.id, exerciseId), decision, catalogue, profile, logged.performedAt())
                    .ifPresent(changes::add);
        }
        if (!changes.isEmpty()) {
            // A therapist editing the plan meanwhile must get a version conflict, not overwrite the change.
            Plan.getEntityManager().lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            PlanContent content = PlanContent.load(plan);
            events.adjusted(plan, Instant.now(), changes, content);
        }
    }

    private static Instant earliestRelevant(Plan plan, Collection<PlanExercise> rows, Collection<SessionResult> incoming) {
        Instant earliest = plan.activatedAt == null ? Instant.EPOCH : plan.activatedAt;
        for (PlanExercise row : rows) {
            if (row.lastChangedAt != null && row.lastChangedAt.isBefore(earliest)) earliest = row.lastChangedAt;
        }
        for (SessionResult result : incoming) {
            if (result.performedAt().isBefore(earliest)) earliest = result.performedAt();
        }
        return earliest;
    }

    /** Stores this session's result per exercise; an exercise logged twice in one session counts once, at its worst. */
    private Map<UUID, SessionResult> record(String tenant, Plan plan, SessionLogged logged) {
        Map<UUID, SessionResult> byExercise = new LinkedHashMap<>();
        for (SessionLogged.ExerciseResult r : logged.exercises()) {
            var result = new SessionResult(logged.sessionLogId(), logged.performedAt(),
                    r.completedAsPrescribed() && !logged.partial(), r.rpe(), clamp(r.painScore()),
                    PainKind.fromCode(r.painKind()));
            byExercise.merge(r.exerciseId(), result, SessionResult::worse);
        }
        Set<UUID> stored = ExerciseResult.recordedExercises(logged.sessionLogId());
        byExercise.forEach((exerciseId, result) -> {
            if (stored.contains(exerciseId)) return;
            var row = new ExerciseResult();
            row.id = UUID.randomUUID();
            row.tenantId = tenant;
            row.planId = plan.id;
            row.clientId = plan.clientId;
            row.sessionLogId = logged.sessionLogId();
            row.exerciseId = exerciseId;
            row.performedAt = result.performedAt();
            row.completedAsPrescribed = result.completedAsPrescribed();
            row.rpe = result.rpe();
            row.painScore = result.painScore();
            row.painKind = result.painKind() == null ? null : result.painKind().code();
            row.persist();
        });
        return byExercise;
    }

    private Optional<PlanAdjusted.Change> apply(Plan plan, List<PlanExercise> rows, Decision decision,
                                                Catalogue catalogue, ClientProfile profile, Instant at) {
        PlanExercise first = rows.getFirst();
        DoseValues before = DoseValues.of(first);
        UUID exerciseId = first.exerciseId;
        String name = first.name;
        PlanChange.Kind kind;
        String step = null;
        UUID newExerciseId = null;
        switch (decision) {
            case Decision.NoChange ignored -> {
                return Optional.empty();
            }
            case Decision.Progress p -> {
                // Steps up apply to strengthening only; a stretch or warm-up move is not made harder by itself.
                rows = rows.stream().filter(r -> PlanExercise.STRENGTHENING.equals(r.block)).toList();
                if (rows.isEmpty()) return Optional.empty();
                kind = PlanChange.Kind.PROGRESSED;
                step = p.step().name();
                newExerciseId = p.newExerciseId();
                for (PlanExercise row : rows) {
                    DoseValues.of(p.newDose()).writeTo(row);
                    if (p.step() == Step.HEAVIER_LOAD) row.heavierLoadTaken = true;
                    if (newExerciseId != null) {
                        PlanRows.replaceExercise(row, catalogue.find(newExerciseId).orElseThrow(), profile);
                    }
                }
            }
            case Decision.Pause ignored -> {
                kind = PlanChange.Kind.PAUSED;
                rows.forEach(r -> r.status = PlanExercise.PAUSED);
            }
            case Decision.Regress r -> {
                kind = PlanChange.Kind.REGRESSED;
                newExerciseId = r.newExerciseId();
                for (PlanExercise row : rows) {
                    DoseValues.of(r.newDose()).writeTo(row);
                    if (newExerciseId != null) {
                        PlanRows.replaceExercise(row, catalogue.find(newExerciseId).orElseThrow(), profile);
                    }
                }
            }
        }
        String reason = decision.reason().text();
        for (PlanExercise row : rows) {
            row.lastChangedAt = at;
            List<ReasonEntry> reasons = new ArrayList<>(row.reasons == null ? List.of() : row.reasons);
            reasons.add(new ReasonEntry(decision.reason().rule().name(), reason));
            row.reasons = reasons;
        }
        var change = new PlanChange();
        change.id = UUID.randomUUID();
        change.planId = plan.id;
        change.kind = kind.code();
        change.source = PlanChange.Source.AUTOMATIC.code();
        change.exerciseId = exerciseId;
        change.newExerciseId = newExerciseId;
        change.exerciseName = name;
        change.step = step;
        change.reason = reason;
        change.sessionLogIds = decision.sessionIds().toArray(UUID[]::new);
        change.doseBefore = write(before);
        change.doseAfter = write(DoseValues.of(rows.getFirst()));
        change.changedAt = at;
        change.persist();
        return Optional.of(new PlanAdjusted.Change(change.id, change.kind, exerciseId, newExerciseId, reason,
                decision.sessionIds()));
    }

    private String write(DoseValues dose) {
        try {
            return json.writeValueAsString(dose);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dose always serialises", e);
        }
    }

    private static int clamp(int painScore) {
        return Math.max(0, Math.min(10, painScore));
    }
}
