package dev.upright.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.upright.plan.service.ClientService;
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
}
