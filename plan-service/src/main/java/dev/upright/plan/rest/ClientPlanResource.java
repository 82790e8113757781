package dev.upright.plan.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.upright.plan.service.PlanContent;
import dev.upright.plan.service.PlanService;
import dev.upright.plan.service.TemplateService;
import dev.upright.web.problem.ProblemException;

/** A client's plans: generating a draft, and the history of all of them. */
@Path("/api/v1/clients/{clientId}/plans")
public class ClientPlanResource {

    @Inject
    PlanService plans;

    @Inject
    TemplateService templates;

    @Inject
    Callers callers;

    /**
     * @param seed  pins the generator's choices (same profile, catalogue and seed: same plan); random when absent
     * @param weeks      plan length, 1 to 12 (default 4, or the template's length)
     * @param templateId start from the clinic's template, adjusted to the client, instead of generating
     */
    public record GenerateRequest(Long seed, @Min(1) @Max(12) Integer weeks, UUID templateId) {
    }

    @POST
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response generate(@PathParam("clientId") UUID clientId, @Valid GenerateRequest request) {
        PlanContent plan;
        if (request != null && request.templateId() != null) {
            if (request.seed() != null) {
                throw ProblemException.invalid("seed", "a plan from a template makes no random choices; leave seed out");
            }
            plan = templates.startPlan(clientId, request.templateId(), request.weeks(), callers.current());
        } else {
            plan = plans.generate(clientId, request == null ? null : request.seed(),
                    request == null ? null : request.weeks(), callers.current());
        }
        return Response.created(URI.create("/api/v1/plans/" + plan.plan().id)).entity(PlanView.of(plan)).build();
    }

    @GET
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    public List<PlanView> history(@PathParam("clientId") UUID clientId) {
        return plans.history(clientId).stream().map(PlanView::of).toList();
    }
}
