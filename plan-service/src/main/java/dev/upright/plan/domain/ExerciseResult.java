package dev.upright.plan.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.upright.contracts.progress.PainKind;

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

    /**
     * What the progression policy can act on, for these exercises of this plan since {@code from}, each
     * exercise's oldest first: every result with concerning pain (at or above {@code painThreshold}, or a kind
     * other than mild tension) and the {@code recent} latest results (more when several share a moment). The
     * policy decides the same on this as on the whole history: pain since the last change is all it needs to
     * pause or regress, the latest results are all it needs to progress. A client who logs for months
     * without a change of plan would otherwise make every session read their whole history.
     */
    public static Map<UUID, List<ExerciseResult>> evidence(UUID planId, Collection<UUID> exerciseIds, Instant from,
                                                           int recent, int painThreshold) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<ExerciseResult> rows = TenantQueries.current().sql("""
                select r.* from (
                    select e.*, rank() over (partition by e.exercise_id order by e.performed_at desc) as recency
                    from exercise_result e
                    where e.tenant_id = :tenant and e.plan_id = :plan and e.exercise_id = any(:exercises) and e.performed_at >= :from) r
                where r.recency <= :recent or r.pain_score >= :threshold
                    or (r.pain_kind is not null and r.pain_kind <> :mild)
                order by r.performed_at, r.session_log_id""", ExerciseResult.class)
                .setParameter("plan", planId)
                .setParameter("exercises", exerciseIds.toArray(UUID[]::new))
                .setParameter("from", from)
                .setParameter("recent", recent)
                .setParameter("threshold", painThreshold)
                .setParameter("mild", PainKind.MILD_TENSION.code())
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> r.exerciseId, Collectors.toList()));
    }

    /** The exercises whose result from this session is already stored. */
    @SuppressWarnings("unchecked")
    public static Set<UUID> recordedExercises(UUID sessionLogId) {
        return (Set<UUID>) TenantQueries.current().sql(
                "select exercise_id from exercise_result where tenant_id = :tenant and session_log_id = :session")
                .setParameter("session", sessionLogId).getResultStream().map(UUID.class::cast).collect(Collectors.toSet());
    }
}
