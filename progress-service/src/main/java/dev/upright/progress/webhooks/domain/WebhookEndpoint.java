package dev.upright.progress.webhooks.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.upright.progress.webhooks.WebhookKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A URL a clinic wants events sent to. Discriminator tenancy keeps each clinic's endpoints to itself. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String url;

    /** Comma-separated kind codes ({@link WebhookKind}). */
    public String kinds;

    public boolean enabled;

    /** The signing secret as issued ({@code whsec_...}); never logged, shown only at creation and rotation. */
    public String secret;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "secret_rotated_at")
    public Instant secretRotatedAt;

    public List<String> kindList() {
        return kinds.isEmpty() ? List.of() : Arrays.asList(kinds.split(","));
    }

    public boolean subscribedTo(WebhookKind kind) {
        return enabled && kindList().contains(kind.code());
    }

    /** Of the current clinic only (a query, so the tenant filter applies). */
    public static Optional<WebhookEndpoint> ofClinic(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public static List<WebhookEndpoint> listOfClinic() {
        return list("order by createdAt, id");
    }
}
