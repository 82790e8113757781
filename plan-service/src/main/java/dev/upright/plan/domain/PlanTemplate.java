package dev.upright.plan.domain;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A clinic's plan template: the sessions of a plan with their exercises and doses, no client's data. */
@Entity
@Table(name = "plan_template")
public class PlanTemplate extends PanacheEntityBase {

    /** One exercise of a template session, with the dose the plan had; dose parts its kind does not use are null. */
    public record Exercise(UUID exerciseId, String slug, String name, String block, String doseKind, Integer sets,
            Integer reps, Double loadKg, Integer holdSeconds, Integer repetitions, Double minutes, Integer seconds) {
    }

    public record Session(int week, int order, List<Exercise> exercises) {
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String name;
    public String description;
    public int weeks;

    @Column(name = "sessions_per_week")
    public int sessionsPerWeek;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Session> sessions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "posture_breaks")
    public List<Exercise> postureBreaks;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_by_name")
    public String createdByName;

    public static List<PlanTemplate> byName() {
        return list("order by lower(name), id");
    }

    public static boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name) > 0;
    }
}
