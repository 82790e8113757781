package dev.upright.progress.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.upright.contracts.plans.PlanActivated.PlannedExercise;
import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One prescribed session of a plan and its exercises. */
@Entity
@Table(name = "plan_session")
public class PlanSession extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_id")
    public UUID planId;

    public int week;

    @Column(name = "session_order")
    public int order;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<PlannedExercise> exercises;

    /**
     * For reading only: no snapshot of its exercises is kept for a flush to compare. Native SQL, since every
     * logged session asks, and a find by id under the tenant filter builds its loader anew each time.
     */
    public static PlanSession readOnly(UUID sessionId) {
        @SuppressWarnings("unchecked")
        List<PlanSession> found = TenantQueries.current().sql(
                "select * from plan_session where tenant_id = :tenant and session_id = :id", PlanSession.class)
                .setParameter("id", sessionId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return found.isEmpty() ? null : found.getFirst();
    }
}
