package dev.upright.plan.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.upright.plan.service.ClientService;

@Path("/api/v1/clients")
@RolesAllowed({ "therapist", "clinic-admin", "integration" })
public class ClientResource {

    @Inject
    ClientService clients;

    @GET
    public List<ClientView> list() {
        return clients.list().stream().map(ClientView::of).toList();
    }

    @GET
    @Path("{id}")
    public ClientView get(@PathParam("id") UUID id) {
        return ClientView.of(clients.get(id));
    }

    @POST
    public Response create(@NotNull @Valid NewClientRequest request) {
        var client = clients.create(request.displayName(), request.experienceLevel());
        return Response.created(URI.create("/api/v1/clients/" + client.id)).entity(ClientView.of(client)).build();
    }
}
