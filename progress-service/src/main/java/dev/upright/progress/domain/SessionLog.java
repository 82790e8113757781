package dev.upright.progress.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A session a client did (or their therapist logged for them). */
@Entity
@Table(name = "session_log")
public class SessionLog extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "planned_session_id")
    public UUID plannedSessionId;

    @Column(name = "performed_at")
    public Instant performedAt;

    public boolean partial;
    public String notes;

    @Column(name = "logged_by")
    public String loggedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
