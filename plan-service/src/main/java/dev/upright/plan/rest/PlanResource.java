package dev.upright.plan.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.plan.domain.PlanChange;
import dev.upright.plan.export.ProgramDocuments;
import dev.upright.plan.export.ProgramPdf;
import dev.upright.plan.service.ClientService;
import dev.upright.plan.service.PlanContent;
import dev.upright.plan.service.PlanEdit;
import dev.upright.plan.service.PlanService;
import dev.upright.web.problem.ProblemException;

@Path("/api/v1/plans/{id}")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    ClientService clients;

    @Inject
    Callers callers;

    @Inject
    ObjectMapper json;

    /** Staff of the clinic, or the client the plan belongs to (not while it is a draft). */
    @GET
    @RolesAllowed({ "therapist", "clinic-admin", "integration", "client" })
    public PlanView get(@PathParam("id") UUID id) {
        return PlanView.of(plans.get(id, callers.current(), callers.isStaff()));
    }

    /** Every change since generation, newest first: automatic steps, pauses, regressions and therapists' edits. */
    @GET
    @Path("changes")
    @RolesAllowed({ "therapist", "clinic-admin", "integration", "client" })
    public List<PlanChangeView> changes(@PathParam("id") UUID id) {
        plans.visiblePlan(id, callers.current(), callers.isStaff());
        return PlanChange.ofPlan(id).stream().map(c -> PlanChangeView.of(c, json)).toList();
    }

    /** The printable program as a PDF, for the clinic's staff and for the client it belongs to (not a draft). */
    @GET
    @Path("program.pdf")
    @Produces(PDF)
    @RolesAllowed({ "therapist", "clinic-admin", "integration", "client" })
    @Operation(summary = "The plan as a printable PDF program",
            description = "The client's name, the plan's dates, each session's exercises by block with their doses and "
                    + "setups, the posture breaks and the safety note: what the web app's printable program shows.")
    @APIResponse(responseCode = "200", description = "The PDF file",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such plan in the clinic, or a client's draft or someone else's",
            content = @Content(mediaType = "application/problem+json"))
    public Response programPdf(@PathParam("id") UUID id) {
        PlanContent content = plans.get(id, callers.current(), callers.isStaff());
        return pdf(content, clients.get(content.plan().clientId).displayName);
    }

    static final String PDF = "application/pdf";

    /** The program file of a plan, to download (Content-Disposition) rather than to replace the page. */
    static Response pdf(PlanContent content, String clientName) {
        byte[] file = ProgramPdf.render(ProgramDocuments.of(content, clientName, LocalDate.now(ZoneOffset.UTC)));
        return Response.ok(file, PDF)
                .header("Content-Disposition", "attachment; filename=\"program-" + content.plan().id + ".pdf\"").build();
    }

    @PUT
    @RolesAllowed({ "therapist", "clinic-admin" })
    public PlanView edit(@PathParam("id") UUID id, PlanEdit edit) {
        return PlanView.of(plans.edit(id, edit, callers.current()));
    }

    @POST
    @Path("activate")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public PlanView activate(@PathParam("id") UUID id, @QueryParam("startedOn") String startedOn) {
        return PlanView.of(plans.activate(id, startDate(startedOn), callers.current()));
    }

    /**
     * The day the client began the plan, for a program that started before it was entered here (moved from
     * paper or another system): sessions and adherence count from then. Absent: today, now.
     */
    private static LocalDate startDate(String startedOn) {
        if (startedOn == null || startedOn.isBlank()) return null;
        try {
            return LocalDate.parse(startedOn.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("startedOn", "must be a date such as 2026-11-02");
        }
    }
}
