package dev.upright.progress.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.progress.service.AdherenceService;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1")
public class AdherenceResource {

    @Inject
    AdherenceService adherence;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Path("clients/{clientId}/adherence")
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    public AdherenceService.ClientAdherence ofClient(@PathParam("clientId") UUID clientId) {
        return adherence.forClient(clientId);
    }

    /** A therapist's own caseload; a clinic admin (or integration) sees the whole clinic. */
    @GET
    @Path("adherence")
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    public List<AdherenceService.CaseloadLine> caseload() {
        boolean wholeClinic = identity.hasRole("clinic-admin") || identity.hasRole("integration");
        return adherence.caseload(wholeClinic ? null : token.getSubject());
    }
}
