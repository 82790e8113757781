package dev.upright.progress.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.upright.contracts.plans.PlanActivated.PlannedSession;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The newest adjustment of a plan whose activation has not been consumed yet. Events of one client share a
 * partition, but outbox relays may still deliver out of order, so the adjustment waits for its plan.
 */
@Entity
@Table(name = "pending_plan_adjustment")
public class PendingPlanAdjustment extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "adjusted_at")
    public Instant adjustedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlannedSession> sessions;

    public static PendingPlanAdjustment forPlan(UUID planId) {
        return find("planId", planId).firstResult();
    }
}
