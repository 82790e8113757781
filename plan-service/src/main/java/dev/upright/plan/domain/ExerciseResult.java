package dev.upright.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** How one exercise went in one logged session, as progress-service reported it. */
@Entity
@Table(name = "exercise_result")
public class ExerciseResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "session_log_id")
    public UUID sessionLogId;

    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Column(name = "performed_at")
    public Instant performedAt;

    @Column(name = "completed_as_prescribed")
    public boolean completedAsPrescribed;

    public Integer rpe;

    @Column(name = "pain_score")
    public int painScore;

    @Column(name = "pain_kind")
    public String painKind;

    public static List<ExerciseResult> history(UUID planId, UUID exerciseId) {
        return list("planId = ?1 and exerciseId = ?2 order by performedAt, sessionLogId", planId, exerciseId);
    }

    public static boolean recorded(UUID sessionLogId, UUID exerciseId) {
        return count("sessionLogId = ?1 and exerciseId = ?2", sessionLogId, exerciseId) > 0;
    }
}
