package dev.upright.progress.webhooks.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.progress.webhooks.WebhookKind;
import dev.upright.progress.webhooks.domain.WebhookDelivery;
import dev.upright.progress.webhooks.domain.WebhookEndpoint;
import dev.upright.support.inbox.IncomingEvent;
import dev.upright.support.tenancy.TenantQueries;

/**
 * Turns a platform event into one delivery per endpoint of the event's clinic subscribed to its kind. Runs in the
 * inbox's transaction, so an event seen twice queues nothing twice.
 */
@ApplicationScoped
public class DeliveryRecorder {

    @Inject
    TenantQueries queries;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(WebhookKind kind, IncomingEvent event, UUID clientId) {
        // Native SQL: every session logged runs this (see TenantQueries)
        @SuppressWarnings("unchecked")
        List<WebhookEndpoint> endpoints = queries.sql(
                "select * from webhook_endpoint where tenant_id = :tenant and enabled", WebhookEndpoint.class)
                .getResultList();
        List<WebhookEndpoint> subscribed = endpoints.stream().filter(e -> e.subscribedTo(kind)).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String body = body(kind, now, event.payload());
        for (WebhookEndpoint endpoint : subscribed) {
            var delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.endpointId = endpoint.id;
            delivery.eventId = event.id();
            delivery.kind = kind.code();
            delivery.clientId = clientId;
            delivery.payload = body;
            delivery.status = WebhookDelivery.PENDING;
            delivery.createdAt = now;
            delivery.queuedAt = now;
            delivery.nextAttemptAt = now;
            delivery.persist();
        }
    }

    /** The Standard Webhooks payload: the kind, when the platform took the event in, and the event's own data. */
    String body(WebhookKind kind, Instant at, String data) {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("type", kind.code());
            body.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
            body.set("data", json.readTree(data));
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            // The inbox decoded this payload already
            throw new IllegalArgumentException("Event payload is not JSON", e);
        }
    }
}
