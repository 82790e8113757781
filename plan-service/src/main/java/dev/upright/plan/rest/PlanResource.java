package dev.upright.plan.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.upright.plan.service.PlanEdit;
import dev.upright.plan.service.PlanService;

@Path("/api/v1/plans/{id}")
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    Callers callers;

    /** Staff of the clinic, or the client the plan belongs to (not while it is a draft). */
    @GET
    @RolesAllowed({ "therapist", "clinic-admin", "integration", "client" })
    public PlanView get(@PathParam("id") UUID id) {
        return PlanView.of(plans.get(id, callers.current(), callers.isStaff()));
    }

    @PUT
    @RolesAllowed({ "therapist", "clinic-admin" })
    public PlanView edit(@PathParam("id") UUID id, PlanEdit edit) {
        return PlanView.of(plans.edit(id, edit, callers.current()));
    }

    @POST
    @Path("activate")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public PlanView activate(@PathParam("id") UUID id) {
        return PlanView.of(plans.activate(id, callers.current()));
    }
}
