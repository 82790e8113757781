package dev.upright.plan.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client of a clinic. {@code @TenantId} keeps every query inside the caller's clinic. */
@Entity
@Table(name = "client_profile")
public class ClientProfile extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "experience_level")
    public String experienceLevel;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
