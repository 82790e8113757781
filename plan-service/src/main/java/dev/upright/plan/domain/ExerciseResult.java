package dev.upright.plan.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** The results of these exercises in this plan performed at or after {@code from}, each exercise's oldest first. */
    public static Map<UUID, List<ExerciseResult>> histories(UUID planId, Collection<UUID> exerciseIds, Instant from) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        return ExerciseResult.<ExerciseResult>list("planId = ?1 and exerciseId in ?2 and performedAt >= ?3"
                + " order by performedAt, sessionLogId", planId, exerciseIds, from).stream()
                .collect(Collectors.groupingBy(r -> r.exerciseId, Collectors.toList()));
    }

    /** The exercises whose result from this session is already stored. */
    public static Set<UUID> recordedExercises(UUID sessionLogId) {
        return getEntityManager().createQuery("select r.exerciseId from ExerciseResult r where r.sessionLogId = :session",
                UUID.class).setParameter("session", sessionLogId).getResultStream().collect(Collectors.toSet());
    }
}
