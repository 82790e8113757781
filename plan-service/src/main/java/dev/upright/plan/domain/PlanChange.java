package dev.upright.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.upright.contracts.plans.PlanAdjusted;

/** One change to a plan after generation, with its reason and the logged sessions behind it. */
@Entity
@Table(name = "plan_change")
public class PlanChange extends PanacheEntityBase {

    public enum Kind {
        PROGRESSED, PAUSED, REGRESSED, EDITED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Source {
        AUTOMATIC, THERAPIST;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_id")
    public UUID planId;

    public String kind;

    public String source;

    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Column(name = "new_exercise_id")
    public UUID newExerciseId;

    @Column(name = "exercise_name")
    public String exerciseName;

    public String step;

    public String reason;

    @Column(name = "session_log_ids")
    public UUID[] sessionLogIds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dose_before")
    public String doseBefore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "dose_after")
    public String doseAfter;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** A therapist's edit of a running plan, as the edit described it. */
    public static PlanChange edited(UUID planId, PlanAdjusted.Change edit, String by, Instant at) {
        var change = new PlanChange();
        change.id = edit.changeId();
        change.planId = planId;
        change.kind = Kind.EDITED.code();
        change.source = Source.THERAPIST.code();
        change.exerciseId = edit.exerciseId();
        change.newExerciseId = edit.newExerciseId();
        change.reason = edit.reason();
        change.sessionLogIds = new UUID[0];
        change.changedBy = by;
        change.changedAt = at;
        return change;
    }

    @SuppressWarnings("unchecked")
    public static List<PlanChange> ofPlan(UUID planId) {
        // Native SQL: apps poll this (see TenantQueries)
        return TenantQueries.current().sql("""
                select * from plan_change where tenant_id = :tenant and plan_id = :plan order by changed_at desc, id""",
                PlanChange.class).setParameter("plan", planId).getResultList();
    }
}
