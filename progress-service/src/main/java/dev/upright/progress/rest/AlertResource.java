package dev.upright.progress.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.upright.progress.domain.Alert;
import dev.upright.progress.service.AlertService;

@Path("/api/v1/alerts")
@RolesAllowed({ "therapist", "clinic-admin", "integration" })
public class AlertResource {

    @Inject
    AlertService alerts;

    public record AlertView(UUID id, UUID clientId, String severity, String reason, String detail, Instant raisedAt,
            Instant acknowledgedAt) {
        static AlertView of(Alert alert) {
            return new AlertView(alert.id, alert.clientId, alert.severity, alert.reason, alert.detail, alert.raisedAt,
                    alert.acknowledgedAt);
        }
    }

    @GET
    public List<AlertView> open() {
        return alerts.openAlerts().stream().map(AlertView::of).toList();
    }

    @POST
    @Path("{id}/ack")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public AlertView acknowledge(@PathParam("id") UUID id) {
        return AlertView.of(alerts.acknowledge(id));
    }
}
