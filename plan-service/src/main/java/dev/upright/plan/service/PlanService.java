package dev.upright.plan.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.Client;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanChange;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanSession;
import dev.upright.plan.events.PlanEvents;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.GenerationResult;
import dev.upright.plan.generation.PlanGenerator;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Violation;
import dev.upright.plan.generation.rules.PlanWalk;
import dev.upright.plan.generation.rules.SafetyRules;
import dev.upright.plan.mapping.PlanRows;
import dev.upright.plan.mapping.PlanningInputs;
import dev.upright.plan.mapping.Setups;
import dev.upright.plan.mapping.StoredPlan;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

/** Generates, edits and activates plans; every check of a plan runs against the clinic's current catalogue. */
@ApplicationScoped
public class PlanService {

    @Inject
    TenantContext tenancy;

    @Inject
    PlanningCatalogue catalogue;

    @Inject
    ClientService clients;

    @Inject
    PlanEvents events;

    @Inject
    EntityManager em;

    private final PlanGenerator generator = new PlanGenerator();

    /** A new draft from the client's profile; the seed is stored so the same inputs rebuild the same plan. */
    @Transactional
    public PlanContent generate(UUID clientId, Long requestedSeed, Integer weeks, Caller caller) {
        long seed = requestedSeed != null ? requestedSeed : ThreadLocalRandom.current().nextLong();
        return draft(clientId, weeks, seed, caller, (profile, current) -> generator.generate(profile, current, seed));
    }

    /** How a new draft is built for a client's profile from the clinic's current catalogue. */
    @FunctionalInterface
    interface DraftBuilder {
        GenerationResult build(ClientProfile profile, Catalogue current);
    }

    /**
     * Builds a new draft of the client (generated, or adjusted from a template) and stores it; when no plan
     * fits, the violations are answered naming the client. Weeks: the generator's default when null. Runs in
     * the caller's transaction.
     */
    PlanContent draft(UUID clientId, Integer weeks, long seed, Caller caller, DraftBuilder builder) {
        String tenant = tenancy.requireTenant();
        Client client = clients.get(clientId);
        Catalogue current = catalogue.plannable(tenant);
        GeneratedPlan built = switch (builder.build(PlanningInputs.profile(client, weeks), current)) {
            case GenerationResult.Generated g -> g.plan();
            case GenerationResult.Unsatisfiable u -> throw PlanProblem.unsatisfiable(client.displayName, u.violations());
        };
        return saveDraft(clientId, seed, current.version(), built, caller);
    }

    /** Stores a built plan as a new draft of the client, as many weeks and sessions a week as it was built with. */
    private PlanContent saveDraft(UUID clientId, long seed, String catalogueVersion, GeneratedPlan generated, Caller caller) {
        var plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.clientId = clientId;
        plan.status = Plan.DRAFT;
        plan.seed = seed;
        plan.catalogueVersion = catalogueVersion;
        plan.weeks = generated.weeks().size();
        plan.sessionsPerWeek = generated.weeks().stream().mapToInt(w -> w.sessions().size()).max().orElse(0);
        plan.explanations = PlanRows.entries(generated.explanations());
        plan.createdAt = Instant.now();
        plan.createdBy = caller.userId();
        plan.persist();
        // The content is answered as built: reading back what was just written would only cost a round trip
        List<PlanContent.SessionContent> content = new ArrayList<>();
        for (PlanWalk.At at : PlanWalk.sessions(generated)) {
            var session = new PlanSession();
            session.id = UUID.randomUUID();
            session.planId = plan.id;
            session.week = at.week();
            session.position = at.number();
            session.persist();
            content.add(new PlanContent.SessionContent(session, persistRows(plan.id, session.id, at.session().inOrder())));
        }
        List<PlanExercise> breaks = persistRows(plan.id, null, generated.postureBreaks());
        em.flush();
        return new PlanContent(plan, content, breaks, List.of());
    }

    /** A plan for staff, or for the client it belongs to once it is no longer a draft; anyone else gets 404. */
    public PlanContent get(UUID planId, Caller caller, boolean staff) {
        return PlanContent.load(visiblePlan(planId, caller, staff));
    }

    /** The plan alone (no sessions or rows), after the same check as {@link #get}. */
    public Plan visiblePlan(UUID planId, Caller caller, boolean staff) {
        tenancy.requireTenant();
        Plan plan = Plan.findById(planId);
        if (plan == null || (!staff && !ownedBy(plan, caller))) {
            throw ProblemException.notFound("Plan", planId);
        }
        return plan;
    }

    public List<PlanContent> history(UUID clientId) {
        clients.get(clientId);
        return Plan.ofClient(clientId).stream().map(PlanContent::load).toList();
    }

    /** The calling client's active plan. */
    public PlanContent activeOfAccount(Caller caller) {
        Client client = clients.ofAccount(caller.userId());
        return Plan.activeOf(client.id).stream().findFirst().map(PlanContent::load)
                .orElseThrow(() -> new ProblemException(404, "no-active-plan", "No active plan",
                        "You have no active plan yet; your therapist activates one when it is ready.", List.of()));
    }

    private static boolean ownedBy(Plan plan, Caller caller) {
        return !Plan.DRAFT.equals(plan.status) && Client.findByUserId(caller.userId())
                .map(c -> c.id.equals(plan.clientId)).orElse(false);
    }

    /**
     * Replaces the plan's sessions and exercises with the therapist's version. Safety rules broken by
     * rows without an override on record refuse the edit, unless it gives an override reason, which is
     * then recorded on those rows. Other rules come back as warnings.
     */
    @Transactional
    public PlanContent edit(UUID planId, PlanEdit edit, Caller caller) {
        String tenant = tenancy.requireTenant();
        Plan plan = lockedPlan(planId);
        List<FieldError> errors = EditShape.errors(edit, plan.weeks);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (Plan.SUPERSEDED.equals(plan.status)) {
            throw ProblemException.conflict("Plan " + planId + " was superseded; it stays as history and cannot be edited.");
        }
        requireVersion(plan, edit.version());
        Client client = clients.get(plan.clientId);
        Map<UUID, CatalogueExercise> known = new HashMap<>();
        catalogue.visible(tenant).forEach(e -> known.put(e.exerciseId, e));
        EditMerge merge = new EditMerge(plan, PlanContent.load(plan), known, caller, Instant.now());
        PlanContent next = merge.apply(edit);

        var profile = PlanningInputs.profile(client, plan.weeks);
        Catalogue current = catalogue.plannable(tenant);
        Setups.fillIn(next.rows(), profile, current);
        StoredPlan stored = next.stored();
        List<Flagged> flagged = brokenRules(stored, profile, current, merge.untouched());
        List<Violation> broken = flagged.stream().map(Flagged::violation).toList();
        List<Violation> advice = SafetyRules.advice(profile, current, stored.plan(), broken);
        String overrideReason = edit.override() == null ? null : blankToNull(edit.override().reason());
        if (!broken.isEmpty() && overrideReason == null) {
            throw new PlanProblem(PlanProblem.RULE_BROKEN, "The edit breaks safety rules", broken.size()
                    + " safety rule violation(s); change the plan, or save it anyway with override.reason explaining why.",
                    broken, advice);
        }
        for (Flagged f : flagged) {
            f.row().overrideReason = overrideReason;
            f.row().overrideBy = caller.userId();
            f.row().overrideAt = merge.now();
        }
        merge.store();
        plan.sessionsPerWeek = next.sessions().stream()
                .collect(Collectors.groupingBy(s -> s.session().week, Collectors.counting()))
                .values().stream().mapToInt(Long::intValue).max().orElse(0);
        em.flush();
        if (plan.version == edit.version()) {
            // Only rows changed: the plan's version still moves, so a concurrent editor's stale copy is refused
            em.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        if (Plan.ACTIVE.equals(plan.status) && !merge.changes().isEmpty()) {
            merge.changes().forEach(change -> PlanChange.edited(plan.id, change, caller.userId(), merge.now()).persist());
            events.adjusted(plan, merge.now(), merge.changes(), next);
        }
        em.flush();
        return PlanContent.load(plan).withWarnings(advice);
    }

    /**
     * Makes a draft the client's plan: the plan active before is superseded (and kept), and
     * PlanActivated goes out through the outbox in the same transaction.
     */
    @Transactional
    public PlanContent activate(UUID planId, Caller caller) {
        return activate(planId, null, caller);
    }

    /**
     * As {@link #activate(UUID, Caller)}, the plan counted as begun on {@code startedOn} (null: now): a program the
     * client began before it was entered here, at most {@value #MAX_DAYS_BACK} days ago and never in the future.
     */
    @Transactional
    public PlanContent activate(UUID planId, LocalDate startedOn, Caller caller) {
        String tenant = tenancy.requireTenant();
        Plan plan = lockedPlan(planId);
        if (Plan.ACTIVE.equals(plan.status)) {
            return PlanContent.load(plan);
        }
        if (Plan.SUPERSEDED.equals(plan.status)) {
            throw ProblemException.conflict("Plan " + planId + " was superseded; generate or edit a new draft instead.");
        }
        // One activation per client at a time: the second waits, then sees the first's result
        Client client = clients.lockedClient(plan.clientId);
        PlanContent content = PlanContent.load(plan);
        List<Violation> broken = brokenRules(content.stored(), PlanningInputs.profile(client, plan.weeks),
                catalogue.plannable(tenant), Set.of()).stream().map(Flagged::violation).toList();
        if (!broken.isEmpty()) {
            throw new PlanProblem(PlanProblem.RULE_BROKEN, "The plan breaks safety rules",
                    "The profile or catalogue changed since this plan was made: edit the plan, or save it with an override, before activating.",
                    broken, List.of());
        }
        Instant now = Instant.now();
        Instant start = startOf(startedOn, now);
        for (Plan previous : Plan.activeOf(plan.clientId)) {
            previous.status = Plan.SUPERSEDED;
            previous.supersededAt = now;
        }
        em.flush();
        plan.status = Plan.ACTIVE;
        plan.activatedAt = start;
        plan.activatedBy = caller.userId();
        // Progression counts logged sessions from here on
        content.rows().forEach(row -> row.lastChangedAt = start);
        events.activated(plan, client, content);
        em.flush();
        return PlanContent.load(plan);
    }

    static final int MAX_DAYS_BACK = 90;

    private static Instant startOf(LocalDate startedOn, Instant now) {
        if (startedOn == null) return now;
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (startedOn.isAfter(today) || startedOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw ProblemException.invalid("startedOn", "must be today or a day in the last " + MAX_DAYS_BACK
                    + " days; a plan starting later is activated on its first day");
        }
        return startedOn.equals(today) ? now : startedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private record Flagged(PlanExercise row, Violation violation) {
    }

    /** Safety rules broken by rows, except rows whose override still stands ({@code overridden}). */
    private static List<Flagged> brokenRules(StoredPlan stored, ClientProfile profile,
            Catalogue current, Set<PlanExercise> overridden) {
        List<Flagged> out = new ArrayList<>();
        for (PlanWalk.Placed placed : stored.prescriptions()) {
            PlanExercise row = stored.row(placed.prescription());
            if (row.overrideReason != null && overridden.contains(row)) {
                continue;
            }
            SafetyRules.broken(placed, profile, current).forEach(v -> out.add(new Flagged(row, v)));
        }
        return out;
    }

    private List<PlanExercise> persistRows(UUID planId, UUID sessionId, List<Prescription> prescriptions) {
        List<PlanExercise> rows = new ArrayList<>();
        for (Prescription p : prescriptions) {
            PlanExercise row = PlanRows.row(planId, sessionId, rows.size() + 1, p);
            row.persist();
            rows.add(row);
        }
        return rows;
    }

    private Plan lockedPlan(UUID planId) {
        tenancy.requireTenant();
        Plan plan = Plan.findById(planId, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw ProblemException.notFound("Plan", planId);
        }
        return plan;
    }

    private static void requireVersion(Plan plan, long expected) {
        if (expected != plan.version) {
            throw ProblemException.conflict("Plan " + plan.id + " is at version " + plan.version + ", not " + expected
                    + ": someone changed it meanwhile. Reload it and apply your edit again.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
