package dev.upright.plan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanTemplate;
import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.GenerationResult;
import dev.upright.plan.generation.TemplateAdjuster;
import dev.upright.plan.generation.Violation;
import dev.upright.plan.generation.rules.SafetyRules;
import dev.upright.plan.mapping.Templates;
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
                s.session().position, s.exercises().stream().map(Templates::exercise).toList())).toList();
        template.postureBreaks = content.postureBreaks().stream().map(Templates::exercise).toList();
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
        // Adjusting draws nothing at random: seed 0 says so, the explanations name the template
        return plans.draft(clientId, weeks, 0L, caller, (profile, current) -> {
            PlanTemplate template = get(templateId);
            Catalogue known = CatalogueSnapshot.of(catalogue.visible(tenant));
            GenerationResult adjusted = adjuster.adjust(Templates.toAdjust(template), profile, current, known);
            if (adjusted instanceof GenerationResult.Generated g) {
                List<Violation> broken = SafetyRules.broken(g.plan(), profile, current);
                if (!broken.isEmpty()) return new GenerationResult.Unsatisfiable(broken);
            }
            return adjusted;
        });
    }

    private static ProblemException nameTaken(String name) {
        return ProblemException.conflict("The clinic already has a template named \"" + name + "\"; choose another name.");
    }
}
