package dev.upright.plan.fhir;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Bundle;

import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.Client;
import dev.upright.plan.domain.ExerciseResult;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanSession;
import dev.upright.plan.service.ClientService;

/** Reads a client's profile, plans, catalogue entries and logged results for {@link FhirProgram}. */
@ApplicationScoped
public class FhirExport {

    @Inject
    ClientService clients;

    Clock clock = Clock.systemUTC();

    /**
     * Another clinic's client is not found (404), as everywhere: the tenant filter hides it.
     *
     * @param withDrafts whether draft plans are included: staff see them, the client does not
     */
    public Bundle ofClient(UUID clientId, boolean withDrafts) {
        Client client = clients.get(clientId);
        List<FhirProgram.Program> programs = new ArrayList<>();
        Set<UUID> exerciseIds = new LinkedHashSet<>();
        for (Plan plan : Plan.ofClient(clientId)) {
            if (!withDrafts && Plan.DRAFT.equals(plan.status)) {
                continue;
            }
            Map<UUID, PlanSession> sessions = PlanSession.ofPlan(plan.id).stream()
                    .collect(Collectors.toMap(s -> s.id, Function.identity()));
            List<FhirProgram.Item> items = new ArrayList<>();
            List<PlanExercise> rows = new ArrayList<>(PlanExercise.ofPlan(plan.id));
            // Sessions in their week and order, each session's rows in order; the daily posture breaks last
            rows.sort(Comparator.comparing((PlanExercise r) -> sessionKey(sessions.get(r.planSessionId)))
                    .thenComparingInt(r -> r.position));
            for (PlanExercise row : rows) {
                PlanSession session = sessions.get(row.planSessionId);
                exerciseIds.add(row.exerciseId);
                items.add(new FhirProgram.Item(session == null ? null : session.week,
                        session == null ? null : session.position, row.block, row.exerciseId, row.slug, row.name,
                        DoseText.of(row.doseKind, row.sets, row.reps, row.loadKg, row.holdSeconds, row.repetitions,
                                row.minutes, row.seconds),
                        PlanExercise.PAUSED.equals(row.status)));
            }
            programs.add(new FhirProgram.Program(plan.id, plan.status, plan.createdAt, plan.activatedAt,
                    plan.supersededAt, plan.weeks, plan.sessionsPerWeek, items));
        }
        List<FhirProgram.Result> results = ExerciseResult.<ExerciseResult>list(
                        "clientId = ?1 order by performedAt, sessionLogId, exerciseId", clientId).stream()
                .map(r -> new FhirProgram.Result(r.id, r.planId, r.exerciseId, r.performedAt, r.completedAsPrescribed,
                        r.rpe, r.painScore, r.painKind))
                .toList();
        results.forEach(r -> exerciseIds.add(r.exerciseId()));
        List<FhirProgram.Exercise> exercises = exerciseIds.isEmpty() ? List.of()
                : CatalogueExercise.<CatalogueExercise>list("exerciseId in ?1", exerciseIds).stream()
                        .map(e -> new FhirProgram.Exercise(e.exerciseId, e.slug, e.name, e.category,
                                List.of(e.instructions), e.retired))
                        .toList();
        return FhirProgram.bundle(new FhirProgram.Person(client.id, client.displayName, client.email, client.phone),
                programs, exercises, results, clock.instant());
    }

    private static long sessionKey(PlanSession session) {
        return session == null ? Long.MAX_VALUE : session.week * 1000L + session.position;
    }
}
