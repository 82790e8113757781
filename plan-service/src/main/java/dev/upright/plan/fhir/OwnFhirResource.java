package dev.upright.plan.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ca.uhn.fhir.context.FhirContext;
import dev.upright.plan.rest.Callers;
import dev.upright.plan.service.ClientService;

/** The calling client's own FHIR export, found through the account the token belongs to. */
@Path("/api/v1/me/fhir")
public class OwnFhirResource {

    @Inject
    FhirExport export;

    @Inject
    FhirContext fhir;

    @Inject
    ClientService clients;

    @Inject
    Callers callers;

    @GET
    @Produces(FhirResource.FHIR_JSON)
    @RolesAllowed("client")
    @Operation(summary = "The calling client's own program as a FHIR R4 collection Bundle",
            description = "As for staff, without the drafts a client does not see.")
    @APIResponse(responseCode = "200", description = "the Bundle", content = @Content(mediaType = FhirResource.FHIR_JSON))
    @APIResponse(responseCode = "404", description = "no profile is linked to the caller's account",
            content = @Content(mediaType = "application/problem+json"))
    public String own() {
        return fhir.newJsonParser().encodeResourceToString(
                export.ofClient(clients.ofAccount(callers.current().userId()).id, false));
    }
}
