package dev.upright.plan.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One session of a plan; {@code position} orders the sessions within their week, from 1. */
@Entity
@Table(name = "plan_session")
public class PlanSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_id")
    public UUID planId;

    public int week;
    public int position;

    @SuppressWarnings("unchecked")
    public static List<PlanSession> ofPlan(UUID planId) {
        // Native SQL: every read of a plan runs this (see TenantQueries)
        return TenantQueries.current().sql("""
                select * from plan_session where tenant_id = :tenant and plan_id = :plan order by week, position""",
                PlanSession.class).setParameter("plan", planId).getResultList();
    }
}
