package dev.upright.progress.webhooks.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.progress.webhooks.WebhookKind;
import dev.upright.progress.webhooks.WebhookSignature;
import dev.upright.progress.webhooks.domain.WebhookDelivery;
import dev.upright.progress.webhooks.domain.WebhookEndpoint;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.ProblemException;

/** A clinic's webhook endpoints and their delivery log; every lookup is of the caller's clinic only. */
@ApplicationScoped
public class WebhookService {

    @Inject
    TenantContext tenancy;

    @Inject
    EndpointAddresses addresses;

    @Transactional
    public WebhookEndpoint create(String url, List<String> kinds, Boolean enabled, String userId) {
        tenancy.requireTenant();
        var endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.url = addresses.requireAllowed(url);
        endpoint.kinds = kinds(kinds);
        endpoint.enabled = enabled == null || enabled;
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.createdAt = Instant.now();
        endpoint.createdBy = userId;
        endpoint.persist();
        return endpoint;
    }

    public List<WebhookEndpoint> list() {
        tenancy.requireTenant();
        return WebhookEndpoint.listOfClinic();
    }

    public WebhookEndpoint get(UUID id) {
        tenancy.requireTenant();
        return WebhookEndpoint.ofClinic(id).orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    /** Changes what is given; deliveries already queued keep going to the endpoint's current URL. */
    @Transactional
    public WebhookEndpoint update(UUID id, String url, List<String> kinds, Boolean enabled) {
        var endpoint = get(id);
        if (url != null) {
            endpoint.url = addresses.requireAllowed(url);
        }
        if (kinds != null) {
            endpoint.kinds = kinds(kinds);
        }
        if (enabled != null) {
            endpoint.enabled = enabled;
        }
        return endpoint;
    }

    /** Removes the endpoint and its delivery log (the database cascades); queued deliveries are dropped. */
    @Transactional
    public void delete(UUID id) {
        get(id).delete();
    }

    /** A new secret at once: the old one stops signing with the next attempt. */
    @Transactional
    public WebhookEndpoint rotateSecret(UUID id) {
        var endpoint = get(id);
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.secretRotatedAt = Instant.now();
        return endpoint;
    }

    public List<WebhookDelivery> deliveries(UUID id, String status, int page, int size) {
        get(id);
        if (status != null && !WebhookDelivery.STATUSES.contains(status)) {
            throw ProblemException.invalid("status", "must be one of " + String.join(", ", WebhookDelivery.STATUSES));
        }
        return WebhookDelivery.logOf(id, status, page, size);
    }

    /**
     * Queues a delivery again, whatever its status, for an attempt as soon as a dispatcher is free. Its give-up
     * clock starts again; its attempts keep counting.
     */
    @Transactional
    public WebhookDelivery redeliver(UUID id, UUID deliveryId) {
        get(id);
        var delivery = WebhookDelivery.ofEndpoint(id, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
        Instant now = Instant.now();
        delivery.status = WebhookDelivery.PENDING;
        delivery.queuedAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    static String kinds(List<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            throw ProblemException.invalid("kinds", "needs at least one of " + String.join(", ", WebhookKind.CODES));
        }
        var chosen = new LinkedHashSet<String>();
        for (String kind : kinds) {
            if (WebhookKind.fromCode(kind).isEmpty()) {
                throw ProblemException.invalid("kinds", "has " + kind + ", which is not one of "
                        + String.join(", ", WebhookKind.CODES));
            }
            chosen.add(kind);
        }
        return String.join(",", chosen);
    }
}
