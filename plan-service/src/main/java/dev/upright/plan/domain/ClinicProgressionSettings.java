package dev.upright.plan.domain;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A clinic's own progression thresholds; keyed by the tenant itself, so one row per clinic. */
@Entity
@Table(name = "clinic_progression_settings")
public class ClinicProgressionSettings extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "qualifying_sessions")
    public int qualifyingSessions;

    @Column(name = "max_manageable_rpe")
    public int maxManageableRpe;

    @Column(name = "pain_threshold")
    public int painThreshold;

    @Column(name = "on_pain")
    public String onPain;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
