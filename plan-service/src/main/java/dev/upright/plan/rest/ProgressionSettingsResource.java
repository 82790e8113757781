package dev.upright.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.plan.service.ProgressionSettingsService;

/** When the clinic's plans step up, and what pain does to an exercise. Staff read; clinic admins change. */
@Path("/api/v1/clinic/progression-settings")
public class ProgressionSettingsResource {

    @Inject
    ProgressionSettingsService settings;

    @Inject
    JsonWebToken token;

    @GET
    @RolesAllowed({ "therapist", "clinic-admin" })
    public ProgressionSettingsView get() {
        return ProgressionSettingsView.of(settings.current());
    }

    @PUT
    @RolesAllowed("clinic-admin")
    public ProgressionSettingsView update(@NotNull @Valid ProgressionSettingsView request) {
        return ProgressionSettingsView.of(settings.update(request.toSettings(), token.getSubject()));
    }
}
