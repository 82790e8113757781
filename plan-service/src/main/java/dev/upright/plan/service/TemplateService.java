package dev.upright.plan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import dev.upright.plan.domain.ClientProfile;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanTemplate;
import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.GenerationResult;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.PlannedWeek;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.TemplateAdjuster;
import dev.upright.plan.generation.Violation;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

/** A clinic's plan templates: saving a plan as one, and starting a client's draft from one. */
@ApplicationScoped
public class TemplateService {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;

    @Inject
    TenantContext tenancy;

    @Inject
    PlanningCatalogue catalogue;

    @Inject
    ClientService clients;

    @Inject
    PlanService plans;

    private final TemplateAdjuster adjuster = new TemplateAdjuster();

    /** Saves the plan's sessions, exercises, blocks and doses; its reasons, overrides and progression state stay with the client. */
    @Transactional
    public PlanTemplate save(String name, String description, UUID fromPlanId, Caller caller) {
        tenancy.requireTenant();
        String trimmedName = name == null ? null : name.strip();
        String trimmedDescription = description == null || description.isBlank() ? null : description.strip();
        List<FieldError> errors = new ArrayList<>();
        if (trimmedName == null || trimmedName.isEmpty() || trimmedName.length() > NAME_MAX) {
            errors.add(new FieldError("name", "must be 1 to " + NAME_MAX + " characters"));
        }
        if (trimmedDescription != null && trimmedDescription.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "must be at most " + DESCRIPTION_MAX + " characters"));
        }
        if (fromPlanId == null) {
            errors.add(new FieldError("fromPlanId", "must name the plan to save as a template"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Plan plan = Plan.findById(fromPlanId);
        if (plan == null) {
            throw ProblemException.notFound("Plan", fromPlanId);
        }
        if (PlanTemplate.nameTaken(trimmedName)) {
            throw nameTaken(trimmedName);
        }
        PlanContent content = PlanContent.load(plan);
        var template = new PlanTemplate();
        template.id = UUID.randomUUID();
        template.name = trimmedName;
        template.description = trimmedDescription;
        template.weeks = plan.weeks;
        template.sessionsPerWeek = plan.sessionsPerWeek;
        template.sessions = content.sessions().stream().map(s -> new PlanTemplate.Session(s.session().week,
                s.session().position, s.exercises().stream().map(TemplateService::exercise).toList())).toList();
        template.postureBreaks = content.postureBreaks().stream().map(TemplateService::exercise).toList();
        template.createdAt = Instant.now();
        template.createdBy = caller.userId();
        template.createdByName = caller.name();
        template.persist();
        try {
            PlanTemplate.flush();
        } catch (ConstraintViolationException e) {
            // Someone saved the same name meanwhile; the unique index decided
            throw nameTaken(trimmedName);
        }
        return template;
    }

    public List<PlanTemplate> list() {
        tenancy.requireTenant();
        return PlanTemplate.byName();
    }

    public PlanTemplate get(UUID id) {
        tenancy.requireTenant();
        PlanTemplate template = PlanTemplate.findById(id);
        if (template == null) {
            throw ProblemException.notFound("Template", id);
        }
        return template;
    }

    /** The clinic's admins and the template's author may delete it; plans started from it are not affected. */
    @Transactional
    public void delete(UUID id, Caller caller, boolean clinicAdmin) {
        PlanTemplate template = get(id);
        if (!clinicAdmin && !caller.userId().equals(template.createdBy)) {
            throw ProblemException.forbidden("Only the template's author or a clinic admin may delete template " + id + ".");
        }
        template.delete();
    }

    /**
     * A new draft for the client from the template, adjusted to their profile, then checked with the
     * safety rules a therapist's edit must keep. Weeks: the template's unless {@code weeks} is given.
     */
    @Transactional
    public PlanContent startPlan(UUID clientId, UUID templateId, Integer weeks, Caller caller) {
        String tenant = tenancy.requireTenant();
        ClientProfile client = clients.get(clientId);
        PlanTemplate template = get(templateId);
        Catalogue current = catalogue.plannable(tenant);
        Catalogue known = CatalogueSnapshot.of(catalogue.visible(tenant));
        var profile = PlanningInputs.profile(client, weeks);
        GeneratedPlan adjusted = switch (adjuster.adjust(toAdjust(template), profile, current, known)) {
            case GenerationResult.Generated g -> g.plan();
            case GenerationResult.Unsatisfiable u -> throw PlanProblem.unsatisfiable(client.displayName, u.violations());
        };
        List<Violation> broken = new ArrayList<>();
        for (int w = 0; w < adjusted.weeks().size(); w++) {
            List<PlannedSession> sessions = adjusted.weeks().get(w).sessions();
            for (int s = 0; s < sessions.size(); s++) {
                for (Prescription p : sessions.get(s).inOrder()) {
                    String where = "week " + (w + 1) + ", session " + (s + 1) + ", " + p.block().label();
                    broken.addAll(SafetyRules.broken(new SafetyRules.Placed(where, p), profile, current));
                }
            }
        }
        adjusted.postureBreaks().forEach(p -> broken.addAll(SafetyRules.broken(
                new SafetyRules.Placed("daily posture breaks", p), profile, current)));
        if (!broken.isEmpty()) {
            throw PlanProblem.unsatisfiable(client.displayName, broken);
        }
        int sessionsPerWeek = adjusted.weeks().stream().mapToInt(w -> w.sessions().size()).max().orElse(0);
        // Adjusting draws nothing at random: seed 0 says so, the explanations name the template
        return plans.saveDraft(clientId, 0L, current.version(), adjusted.weeks().size(), sessionsPerWeek, adjusted, caller);
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("The clinic already has a template named \"" + name + "\"; choose another name.");
    }

    private static PlanTemplate.Exercise exercise(PlanExercise row) {
        return new PlanTemplate.Exercise(row.exerciseId, row.slug, row.name, row.block, row.doseKind, row.sets, row.reps,
                row.loadKg, row.holdSeconds, row.repetitions, row.minutes, row.seconds);
    }

    /** The stored template in the adjuster's shape: its weeks in order, each session's rows split by block. */
    static TemplateAdjuster.Template toAdjust(PlanTemplate template) {
        List<PlannedWeek> weeks = new ArrayList<>();
        for (int week = 1; week <= template.weeks; week++) {
            int w = week;
            weeks.add(new PlannedWeek(template.sessions.stream().filter(s -> s.week() == w)
                    .sorted(java.util.Comparator.comparingInt(PlanTemplate.Session::order))
                    .map(s -> new PlannedSession(inBlock(s.exercises(), Block.WARM_UP), inBlock(s.exercises(), Block.STRENGTHENING),
                            inBlock(s.exercises(), Block.COOL_DOWN)))
                    .toList()));
        }
        return new TemplateAdjuster.Template(template.name, weeks, inBlock(template.postureBreaks, Block.POSTURE_BREAK));
    }

    private static List<Prescription> inBlock(List<PlanTemplate.Exercise> rows, Block block) {
        return rows.stream().filter(e -> block == PlanningInputs.block(e.block()))
                .map(e -> new Prescription(e.exerciseId(), e.slug(), e.name(), block, DoseValues.of(e).toDose(), List.of()))
                .toList();
    }
}
