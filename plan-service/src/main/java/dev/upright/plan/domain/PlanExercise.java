package dev.upright.plan.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.upright.plan.generation.Setup;
import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One prescribed exercise with its dose, in a session or (no session) in the daily posture-break block.
 * The dose columns that do not apply to {@code doseKind} are null.
 */
@Entity
@Table(name = "plan_exercise")
public class PlanExercise extends PanacheEntityBase {

    public static final String ACTIVE = "active";
    /** The block whose rows progression steps up. */
    public static final String STRENGTHENING = "strengthening";
    public static final String PAUSED = "paused";

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_id")
    public UUID planId;

    /** Null for the posture-break block, which is done daily rather than in a session. */
    @Column(name = "plan_session_id")
    public UUID planSessionId;

    /** warm-up, strengthening, cool-down or posture-break. */
    public String block;

    /** Order within the session (across its blocks) or within the posture-break block, from 1. */
    public int position;

    @Column(name = "exercise_id")
    public UUID exerciseId;

    public String slug;
    public String name;

    /** reps, hold, timed or duration. */
    @Column(name = "dose_kind")
    public String doseKind;

    public Integer sets;
    public Integer reps;

    @Column(name = "load_kg")
    public Double loadKg;

    @Column(name = "hold_seconds")
    public Integer holdSeconds;

    public Integer repetitions;
    public Double minutes;
    public Integer seconds;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReasonEntry> reasons;

    public String status = ACTIVE;

    /** Progression: whether the heavier-load step was already taken on this variation. */
    @Column(name = "heavier_load_taken")
    public boolean heavierLoadTaken;

    /** When the prescription last changed; on activation every row starts counting from then. */
    @Column(name = "last_changed_at")
    public Instant lastChangedAt;

    /** The setup the client does it with (its equipment, and how); null for rows stored before setups existed. */
    @Column(name = "setup_equipment")
    public String[] setupEquipment;

    @Column(name = "setup_note")
    public String setupNote;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_at")
    public Instant overrideAt;

    public Setup setup() {
        return setupEquipment == null ? null : new Setup(Set.of(setupEquipment), setupNote);
    }

    /** Sets the setup; its equipment is stored sorted so a row reads the same every time. */
    public void setSetup(Setup setup) {
        setupEquipment = setup == null ? null : new TreeSet<>(setup.equipment()).toArray(String[]::new);
        setupNote = setup == null ? null : setup.note();
    }

    @SuppressWarnings("unchecked")
    public static List<PlanExercise> ofPlan(UUID planId) {
        // Native SQL: every read of a plan runs this (see TenantQueries)
        return TenantQueries.current().sql("""
                select * from plan_exercise where tenant_id = :tenant and plan_id = :plan order by position, id""",
                PlanExercise.class).setParameter("plan", planId).getResultList();
    }

    /**
     * For each of these exercises, the active row whose dose progression reads: its first strengthening row, else
     * its first row, in the order {@link #ofPlan} gives them. One row per exercise instead of one per session of
     * every week, since most logged sessions change nothing.
     */
    @SuppressWarnings("unchecked")
    public static List<PlanExercise> leadingActiveRows(UUID planId, Collection<UUID> exerciseIds) {
        return TenantQueries.current().sql("""
                select distinct on (exercise_id) * from plan_exercise
                where tenant_id = :tenant and plan_id = :plan and exercise_id = any(:exercises) and status = :active
                order by exercise_id, block is not distinct from :strengthening desc, position, id""", PlanExercise.class)
                .setParameter("plan", planId).setParameter("exercises", exerciseIds.toArray(UUID[]::new))
                .setParameter("active", ACTIVE).setParameter("strengthening", STRENGTHENING)
                .getResultList();
    }

    /** Every active row of this exercise in the plan, in the order {@link #ofPlan} gives them. */
    public static List<PlanExercise> activeRows(UUID planId, UUID exerciseId) {
        return list("planId = ?1 and exerciseId = ?2 and status = ?3 order by position, id", planId, exerciseId, ACTIVE);
    }
}
