package dev.upright.progress.webhooks.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.upright.progress.webhooks.rest.WebhookViews.CreateWebhook;
import dev.upright.progress.webhooks.rest.WebhookViews.DeliveryView;
import dev.upright.progress.webhooks.rest.WebhookViews.UpdateWebhook;
import dev.upright.progress.webhooks.rest.WebhookViews.WebhookView;
import dev.upright.progress.webhooks.rest.WebhookViews.WebhookWithSecret;
import dev.upright.progress.webhooks.service.WebhookService;

/** A clinic admin's webhook endpoints and their delivery log; another clinic's answer 404. */
@Path("/api/v1/webhooks")
@RolesAllowed("clinic-admin")
@Tag(name = "Webhooks", description = "Signed event deliveries (Standard Webhooks) to the clinic's own endpoints")
public class WebhookResource {

    static final String PROBLEM = "application/problem+json";
    static final String NOT_FOUND = "No such webhook (or delivery) in the clinic";

    @Inject
    WebhookService webhooks;

    @Inject
    JsonWebToken token;

    @POST
    @Operation(summary = "Subscribe an endpoint", description = "Answers the signing secret, which is not shown again.")
    @APIResponse(responseCode = "201", description = "Created, with its secret")
    @APIResponse(responseCode = "400", description = "URL or kinds invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The URL's host is not a public address", content = @Content(mediaType = PROBLEM))
    public Response create(@NotNull @Valid CreateWebhook request) {
        var endpoint = webhooks.create(request.url(), request.kinds(), request.enabled(), token.getSubject());
        return Response.created(URI.create("/api/v1/webhooks/" + endpoint.id))
                .entity(WebhookWithSecret.of(endpoint)).build();
    }

    @GET
    @Operation(summary = "The clinic's endpoints", description = "Without their secrets.")
    public List<WebhookView> list() {
        return webhooks.list().stream().map(WebhookView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One endpoint")
    @APIResponse(responseCode = "200", description = "The endpoint, without its secret")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(webhooks.get(id));
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Change the URL, kinds or enabled", description = "Fields left out stay as they are.")
    @APIResponse(responseCode = "200", description = "The endpoint as it now stands")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The URL's host is not a public address", content = @Content(mediaType = PROBLEM))
    public WebhookView update(@PathParam("id") UUID id, @NotNull @Valid UpdateWebhook request) {
        return WebhookView.of(webhooks.update(id, request.url(), request.kinds(), request.enabled()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Unsubscribe an endpoint", description = "Its delivery log and queued deliveries go too.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @POST
    @Path("{id}/rotate-secret")
    @Operation(summary = "Issue a new secret", description = "Every later attempt is signed with it; shown only here.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public WebhookWithSecret rotateSecret(@PathParam("id") UUID id) {
        return WebhookWithSecret.of(webhooks.rotateSecret(id));
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "Delivery log", description = "Newest first: status, attempts, last answer or error, next attempt.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public List<DeliveryView> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "pending, delivered or failed") @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return webhooks.deliveries(id, status, page, size).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again", description = "Queues it for an attempt within seconds.")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(DeliveryView.of(webhooks.redeliver(id, deliveryId))).build();
    }
}
