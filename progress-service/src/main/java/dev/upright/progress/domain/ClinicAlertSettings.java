package dev.upright.progress.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A clinic's alert thresholds. The clinic id is the key itself, so the row is only ever looked up by the
 * current tenant (see AlertSettingsService), never listed.
 */
@Entity
@Table(name = "clinic_alert_settings")
public class ClinicAlertSettings extends PanacheEntityBase {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "pain_alert_threshold")
    public int painAlertThreshold;

    @Column(name = "pain_rise_points")
    public int painRisePoints;

    @Column(name = "quiet_days")
    public int quietDays;

    @Column(name = "adherence_drop_points")
    public int adherenceDropPoints;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
