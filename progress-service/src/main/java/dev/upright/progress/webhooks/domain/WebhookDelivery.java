package dev.upright.progress.webhooks.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One event for one endpoint: its body, as sent on every attempt, and how the attempts went. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final List<String> STATUSES = List.of(PENDING, DELIVERED, FAILED);

    @Id
    public UUID id;

    /** Assigned by the database: the order of arrival. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "endpoint_id")
    public UUID endpointId;

    @Column(name = "event_id")
    public String eventId;

    public String kind;

    @Column(name = "client_id")
    public UUID clientId;

    public String payload;

    public String status;

    public int attempts;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "queued_at")
    public Instant queuedAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static Optional<WebhookDelivery> ofEndpoint(UUID endpointId, UUID id) {
        return find("id = ?1 and endpointId = ?2", id, endpointId).firstResultOptional();
    }

    /** Newest first; {@code status} null for every status. */
    public static List<WebhookDelivery> logOf(UUID endpointId, String status, int page, int size) {
        var query = status == null
                ? find("endpointId = ?1 order by seq desc", endpointId)
                : find("endpointId = ?1 and status = ?2 order by seq desc", endpointId, status);
        return query.page(page, size).list();
    }
}
