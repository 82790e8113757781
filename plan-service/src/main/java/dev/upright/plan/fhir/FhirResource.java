package dev.upright.plan.fhir;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ca.uhn.fhir.context.FhirContext;

/** A client's program and logged results as a FHIR R4 Bundle, for a clinic's own systems. */
@Path("/api/v1/clients/{clientId}/fhir")
public class FhirResource {

    public static final String FHIR_JSON = "application/fhir+json";

    @Inject
    FhirExport export;

    @Inject
    FhirContext fhir;

    @GET
    @Produces(FHIR_JSON)
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    @Operation(summary = "The client's program as a FHIR R4 collection Bundle",
            description = "Patient (the client), a CarePlan per plan with an activity per prescribed exercise, an "
                    + "ActivityDefinition per catalogue exercise used, and an Observation per logged exercise result "
                    + "(pain 0 to 10 as the value; exercise, effort and completion as components).")
    @APIResponse(responseCode = "200", description = "the Bundle", content = @Content(mediaType = FHIR_JSON))
    @APIResponse(responseCode = "404", description = "no such client in the caller's clinic",
            content = @Content(mediaType = "application/problem+json"))
    public String bundle(@PathParam("clientId") UUID clientId) {
        return fhir.newJsonParser().encodeResourceToString(export.ofClient(clientId, true));
    }
}
