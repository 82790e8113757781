package dev.upright.plan.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.plan.accounts.AccountRequest;
import dev.upright.plan.domain.Client;
import dev.upright.plan.service.ClientAccountService;
import dev.upright.plan.service.ClientService;
import dev.upright.plan.service.ProfileInput;
import dev.upright.web.IfMatch;
import dev.upright.web.problem.ProblemException;

@Path("/api/v1/clients")
@RolesAllowed({ "therapist", "clinic-admin", "integration" })
public class ClientResource {

    @Inject
    ClientService clients;

    @Inject
    Callers callers;

    @Inject
    ClientAccountService accounts;

    /** The client's login: an existing client account of the clinic, or one to create with these details. */
    public record AccountLinkRequest(@NotBlank @Size(max = 255) String username, @Size(max = 255) String email,
            @Size(max = 255) String firstName, @Size(max = 255) String lastName) {
    }

    /** The temporary password is shown once, when the account was created now, and stored nowhere. */
    public record AccountView(UUID clientId, String userId, String username, boolean created, String temporaryPassword) {
    }

    @GET
    public List<ClientView> list(@QueryParam("mine") boolean mine) {
        return clients.caseload(callers.current(), mine).stream().map(ClientView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), clients.get(id));
    }

    @POST
    public Response create(@NotNull ProfileInput request) {
        var client = clients.create(request, callers.current());
        return withTag(Response.created(URI.create("/api/v1/clients/" + client.id)), client);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, ObjectNode patch) {
        if (patch == null) {
            throw ProblemException.invalid("body", "must be a JSON object of the fields to change");
        }
        return withTag(Response.ok(), clients.patch(id, patch, IfMatch.version(ifMatch, "the client profile")));
    }

    @PUT
    @Path("{id}/account")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response linkAccount(@PathParam("id") UUID id, @NotNull @Valid AccountLinkRequest request) {
        var linked = accounts.link(id, new AccountRequest(request.username(), request.email(), request.firstName(),
                request.lastName()));
        var account = linked.account();
        return Response.status(account.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(new AccountView(linked.client().id, account.userId(), account.username(), account.created(),
                        account.temporaryPassword()))
                .build();
    }

    private static Response withTag(Response.ResponseBuilder answer, Client client) {
        return answer.tag(new EntityTag(Long.toString(client.version))).entity(ClientView.of(client)).build();
    }
}
