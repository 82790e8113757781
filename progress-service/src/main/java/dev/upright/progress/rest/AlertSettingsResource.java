package dev.upright.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.progress.alerts.AlertSettings;
import dev.upright.progress.service.AlertSettingsService;

/** The clinic's alert thresholds: staff may read them, the clinic admin sets them. */
@Path("/api/v1/clinic/alert-settings")
public class AlertSettingsResource {

    @Inject
    AlertSettingsService settings;

    @Inject
    JsonWebToken token;

    @GET
    @RolesAllowed({ "therapist", "clinic-admin" })
    public AlertSettings get() {
        return settings.current();
    }

    @PUT
    @RolesAllowed("clinic-admin")
    public AlertSettings update(@NotNull AlertSettings request) {
        return settings.update(request, token.getSubject());
    }
}
