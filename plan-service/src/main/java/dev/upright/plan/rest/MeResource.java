package dev.upright.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.upright.plan.service.ClientService;
import dev.upright.plan.service.PlanContent;
import dev.upright.plan.service.PlanService;

/** A client's own data, found through the account the token belongs to. */
@Path("/api/v1/me")
@RolesAllowed("client")
public class MeResource {

    @Inject
    ClientService clients;

    @Inject
    PlanService plans;

    @Inject
    Callers callers;

    @GET
    @Path("profile")
    public ClientView profile() {
        return ClientView.of(clients.ofAccount(callers.current().userId()));
    }

    /** The caller's active plan. */
    @GET
    @Path("plan")
    public PlanView plan() {
        return PlanView.of(plans.activeOfAccount(callers.current()));
    }

    /** The caller's active plan as the printable PDF program. */
    @GET
    @Path("plan/program.pdf")
    @Produces(PlanResource.PDF)
    @Operation(summary = "The caller's active plan as a printable PDF program")
    @APIResponse(responseCode = "200", description = "The PDF file",
            content = @Content(mediaType = PlanResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No profile or no active plan yet",
            content = @Content(mediaType = "application/problem+json"))
    public Response programPdf() {
        PlanContent content = plans.activeOfAccount(callers.current());
        return PlanResource.pdf(content, clients.ofAccount(callers.current().userId()).displayName);
    }
}
