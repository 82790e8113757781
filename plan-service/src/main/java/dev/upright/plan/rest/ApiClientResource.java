package dev.upright.plan.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.upright.plan.integrations.ApiClient;
import dev.upright.plan.integrations.IssuedSecret;
import dev.upright.plan.service.ApiClientService;

/**
 * The clinic's API clients (Keycloak service accounts of the clinic's own systems), managed by its clinic
 * admins. A secret is in an answer only right after it was made: on creation and on rotation.
 */
@Path("/api/v1/api-clients")
@RolesAllowed("clinic-admin")
@Tag(name = "API clients", description = "Service accounts through which a clinic's own systems call the API")
public class ApiClientResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ApiClientService apiClients;

    @Inject
    Callers callers;

    public record CreateRequest(String name, String description) {
    }

    public record ApiClientView(String id, String clientId, String name, String description, Instant created,
            String createdBy, boolean enabled) {

        static ApiClientView of(ApiClient client) {
            return new ApiClientView(client.id(), client.clientId(), client.name(), client.description(),
                    client.created(), client.createdBy(), client.enabled());
        }
    }

    /** The client with its secret, in the one answer that ever carries it. */
    public record IssuedView(String id, String clientId, String name, String description, Instant created,
            String createdBy, boolean enabled, String clientSecret) {

        static IssuedView of(IssuedSecret issued) {
            ApiClient client = issued.client();
            return new IssuedView(client.id(), client.clientId(), client.name(), client.description(),
                    client.created(), client.createdBy(), client.enabled(), issued.secret());
        }

        @Override
        public String toString() {
            return "IssuedView[clientId=" + clientId + "]";
        }
    }

    @POST
    @Operation(summary = "Create an API client of the caller's clinic",
            description = "A confidential client that gets tokens with the client credentials grant and calls the API"
                    + " for the clinic with the role integration. The answer carries the client secret: it is shown"
                    + " this once and cannot be read again (rotate it to get a new one).")
    @APIResponse(responseCode = "201", description = "Created; the secret is in clientSecret, this once")
    @APIResponse(responseCode = "400", description = "Missing or too long name or description",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "Keycloak unavailable; nothing was created",
            content = @Content(mediaType = PROBLEM))
    public Response create(@NotNull CreateRequest request) {
        IssuedSecret issued = apiClients.create(callers.current(), request.name(), request.description());
        return Response.created(URI.create("/api/v1/api-clients/" + issued.client().id()))
                .entity(IssuedView.of(issued)).build();
    }

    @GET
    @Operation(summary = "The caller's clinic's API clients, without their secrets",
            description = "Only clients created through this API; the realm file's demo integration clients are not"
                    + " listed.")
    @APIResponse(responseCode = "503", description = "Keycloak unavailable", content = @Content(mediaType = PROBLEM))
    public List<ApiClientView> list() {
        return apiClients.list().stream().map(ApiClientView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One API client of the caller's clinic, without its secret")
    @APIResponse(responseCode = "404", description = "No such API client in the caller's clinic",
            content = @Content(mediaType = PROBLEM))
    public ApiClientView get(@PathParam("id") UUID id) {
        return ApiClientView.of(apiClients.get(id.toString()));
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(summary = "Give the API client a new secret",
            description = "The answer carries the new secret, this once; the old secret is refused from now on."
                    + " Tokens issued before stay valid until they expire (5 minutes at most).")
    @APIResponse(responseCode = "200", description = "The new secret is in clientSecret, this once")
    @APIResponse(responseCode = "404", description = "No such API client in the caller's clinic",
            content = @Content(mediaType = PROBLEM))
    public IssuedView rotateSecret(@PathParam("id") UUID id) {
        return IssuedView.of(apiClients.rotateSecret(id.toString()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API client",
            description = "Deletes the client in Keycloak: its token requests are refused at once. Tokens issued"
                    + " before stay valid until they expire (5 minutes at most).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such API client in the caller's clinic",
            content = @Content(mediaType = PROBLEM))
    public Response revoke(@PathParam("id") UUID id) {
        apiClients.revoke(id.toString());
        return Response.noContent().build();
    }
}
