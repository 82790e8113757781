package dev.upright.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client's plan: a draft, the active one, or a superseded one kept as history. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String ACTIVE = "active";
    public static final String SUPERSEDED = "superseded";

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "client_id")
    public UUID clientId;

    public String status;
    public long seed;

    @Column(name = "catalogue_version")
    public String catalogueVersion;

    public int weeks;

    @Column(name = "sessions_per_week")
    public int sessionsPerWeek;

    /** Plan-wide reasons: frequency, length, what was left out, what it was built from. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReasonEntry> explanations;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "activated_by")
    public String activatedBy;

    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Version
    public long version;

    public static List<Plan> ofClient(UUID clientId) {
        return list("clientId = ?1 order by createdAt desc, id", clientId);
    }

    public static List<Plan> activeOf(UUID clientId) {
        return list("clientId = ?1 and status = ?2", clientId, ACTIVE);
    }
}
