package dev.upright.progress.webhooks.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.upright.progress.webhooks.domain.WebhookDelivery;
import dev.upright.progress.webhooks.domain.WebhookEndpoint;

/** Requests and answers of the webhook API. */
final class WebhookViews {

    private WebhookViews() {
    }

    record CreateWebhook(
            @Schema(description = "https:// (or http://) URL on a public address", examples = "https://example.org/hooks")
            @NotNull @Size(max = 2000) String url,
            @Schema(description = "session-logged, pain-alert, plan-activated and/or plan-adjusted")
            @NotNull @Size(min = 1, max = 4) List<@NotNull String> kinds,
            @Schema(description = "Default true") Boolean enabled) {
    }

    record UpdateWebhook(@Size(max = 2000) String url, @Size(min = 1, max = 4) List<@NotNull String> kinds,
            Boolean enabled) {
    }

    record WebhookView(UUID id, String url, List<String> kinds, boolean enabled, Instant createdAt,
            Instant secretRotatedAt) {
        static WebhookView of(WebhookEndpoint endpoint) {
            return new WebhookView(endpoint.id, endpoint.url, endpoint.kindList(), endpoint.enabled,
                    endpoint.createdAt, endpoint.secretRotatedAt);
        }
    }

    /** The only answers that carry the secret: creation and rotation. */
    record WebhookWithSecret(UUID id, String url, List<String> kinds, boolean enabled, Instant createdAt,
            Instant secretRotatedAt,
            @Schema(description = "Standard Webhooks secret (whsec_...); shown only in this answer") String secret) {
        static WebhookWithSecret of(WebhookEndpoint endpoint) {
            return new WebhookWithSecret(endpoint.id, endpoint.url, endpoint.kindList(), endpoint.enabled,
                    endpoint.createdAt, endpoint.secretRotatedAt, endpoint.secret);
        }
    }

    record DeliveryView(UUID id, String eventId, String kind, UUID clientId, String status, int attempts,
            Instant createdAt, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant nextAttemptAt,
            Instant deliveredAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.eventId, d.kind, d.clientId, d.status, d.attempts, d.createdAt,
                    d.lastAttemptAt, d.lastStatus, d.lastError, d.status.equals(WebhookDelivery.PENDING)
                            ? d.nextAttemptAt : null, d.deliveredAt);
        }
    }
}
