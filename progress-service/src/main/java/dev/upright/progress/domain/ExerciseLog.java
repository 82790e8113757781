package dev.upright.progress.domain;

import java.math.BigDecimal;
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

import dev.upright.contracts.progress.SessionLogged.SetResult;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What was done of one exercise in a logged session; one row each, so trends aggregate in SQL. */
@Entity
@Table(name = "exercise_log")
public class ExerciseLog extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "session_log_id")
    public UUID sessionLogId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Column(name = "performed_at")
    public Instant performedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SetResult> sets;

    @Column(name = "set_count")
    public int setCount;

    @Column(name = "total_reps")
    public Integer totalReps;

    @Column(name = "max_load_kg")
    public BigDecimal maxLoadKg;

    public Integer rpe;

    @Column(name = "pain_score")
    public int painScore;

    @Column(name = "pain_kind")
    public String painKind;

    @Column(name = "pain_location")
    public String painLocation;

    @Column(name = "completed_as_prescribed")
    public boolean completedAsPrescribed;

    public String notes;

    public static List<ExerciseLog> ofSession(UUID sessionLogId) {
        return list("sessionLogId = ?1 order by id", sessionLogId);
    }
}
