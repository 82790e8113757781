package dev.upright.plan.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.upright.plan.service.TemplateService;
import io.quarkus.security.identity.SecurityIdentity;

/** The clinic's plan templates. */
@Path("/api/v1/templates")
public class TemplateResource {

    @Inject
    TemplateService templates;

    @Inject
    Callers callers;

    @Inject
    SecurityIdentity identity;

    /** @param fromPlanId one of the clinic's plans, whose sessions become the template */
    public record SaveRequest(String name, UUID fromPlanId, String description) {
    }

    @POST
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response save(SaveRequest request) {
        var body = request == null ? new SaveRequest(null, null, null) : request;
        var saved = templates.save(body.name(), body.description(), body.fromPlanId(), callers.current());
        return Response.created(URI.create("/api/v1/templates/" + saved.id)).entity(TemplateView.of(saved)).build();
    }

    @GET
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    public List<TemplateView> list() {
        return templates.list().stream().map(TemplateView::summary).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    public TemplateView get(@PathParam("id") UUID id) {
        return TemplateView.of(templates.get(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response delete(@PathParam("id") UUID id) {
        templates.delete(id, callers.current(), identity.hasRole("clinic-admin"));
        return Response.noContent().build();
    }
}
