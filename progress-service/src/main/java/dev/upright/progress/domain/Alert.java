package dev.upright.progress.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something a therapist should look at. Discriminator tenancy keeps each clinic's alerts to itself. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "therapist_id")
    public String therapistId;

    public String severity;
    public String reason;
    public String detail;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    /** What raised it; the same cause never raises a second alert. */
    @Column(name = "cause_key")
    public String causeKey;

    public static boolean raisedFor(String causeKey) {
        return count("causeKey", causeKey) > 0;
    }

    public static List<Alert> listOpen() {
        return list("acknowledgedAt is null order by raisedAt desc, id");
    }
}
