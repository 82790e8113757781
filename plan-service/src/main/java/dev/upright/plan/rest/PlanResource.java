package dev.upright.plan.rest;

import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.plan.domain.PlanChange;
import dev.upright.plan.service.PlanEdit;
import dev.upright.plan.service.PlanService;
import dev.upright.web.problem.ProblemException;

@Path("/api/v1/plans/{id}")
public class PlanResource {

    @Inject
    PlanService plans;

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
