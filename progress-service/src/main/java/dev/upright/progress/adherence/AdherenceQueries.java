package dev.upright.progress.adherence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Adherence computed by PostgreSQL over the indexed log tables, so a clinic with years of logs never
 * loads them into memory. Native SQL bypasses discriminator tenancy: every query names the tenant.
 */
@ApplicationScoped
public class AdherenceQueries {

    // The SQL is public so the benchmark (src/test/java/.../bench) times exactly what the endpoints run.

    /** Per calendar week: sessions prescribed (plan in force), completed and partial. */
    public static final String WEEKLY = """
                with week as (
                    select generate_series(date_trunc('week', now()) - make_interval(weeks => :weeks - 1),
                                           date_trunc('week', now()), interval '1 week') as start)
                select cast(w.start as date),
                       coalesce((select p.sessions_per_week from client_plan p
                                 where p.tenant_id = :tenant and p.client_id = :client
                                   and p.activated_at < w.start + interval '1 week'
                                 order by p.activated_at desc limit 1), 0),
                       (select count(*) from session_log s where s.tenant_id = :tenant and s.client_id = :client
                           and not s.partial and s.performed_at >= w.start and s.performed_at < w.start + interval '1 week'),
                       (select count(*) from session_log s where s.tenant_id = :tenant and s.client_id = :client
                           and s.partial and s.performed_at >= w.start and s.performed_at < w.start + interval '1 week')
                from week w order by w.start""";

    /** Sessions and exercises prescribed day by day over a window, and what was done in it. */
    public static final String WINDOW = """
                with day as (
                    select generate_series(current_date - (:days - 1), current_date, interval '1 day') as d),
                in_force as (
                    select d.d, p.sessions_per_week, p.plan_id from day d
                    cross join lateral (select p.sessions_per_week, p.plan_id from client_plan p
                                        where p.tenant_id = :tenant and p.client_id = :client
                                          and p.activated_at < d.d + interval '1 day'
                                        order by p.activated_at desc limit 1) p)
                select coalesce(sum(f.sessions_per_week) / 7.0, 0),
                       coalesce(sum(f.sessions_per_week / 7.0 * (select avg(jsonb_array_length(ps.exercises))
                                from plan_session ps where ps.tenant_id = :tenant and ps.plan_id = f.plan_id)), 0),
                       (select count(*) from session_log s where s.tenant_id = :tenant and s.client_id = :client
                           and not s.partial and s.performed_at >= current_date - (:days - 1)),
                       (select count(*) from session_log s where s.tenant_id = :tenant and s.client_id = :client
                           and s.partial and s.performed_at >= current_date - (:days - 1)),
                       (select count(*) from exercise_log e where e.tenant_id = :tenant and e.client_id = :client
                           and e.completed_as_prescribed and e.performed_at >= current_date - (:days - 1))
                from in_force f""";

    /** Per exercise, each logged time with reps, load and pain. */
    public static final String TRENDS = """
                select e.exercise_id, e.performed_at, e.total_reps, e.max_load_kg, e.pain_score from exercise_log e
                where e.tenant_id = :tenant and e.client_id = :client and e.performed_at >= now() - make_interval(days => :days)
                order by e.exercise_id, e.performed_at""";

    /** The caseload: one row per client with an active plan. */
    public static final String CASELOAD = """
                select p.client_id, p.therapist_user_id,
                       (select max(s.performed_at) from session_log s where s.tenant_id = :tenant and s.client_id = p.client_id),
                       p.sessions_per_week * least(30, greatest(1, current_date - cast(p.activated_at as date) + 1)) / 7.0,
                       (select count(*) filter (where not s.partial) + count(*) filter (where s.partial) / 2.0
                          from session_log s where s.tenant_id = :tenant and s.client_id = p.client_id
                           and s.performed_at >= current_date - 29),
                       (select count(*) from alert a where a.tenant_id = :tenant and a.client_id = p.client_id
                           and a.acknowledged_at is null)
                from client_plan p
                where p.tenant_id = :tenant and p.active and (cast(:therapist as varchar) is null or p.therapist_user_id = :therapist)""";

    @Inject
    EntityManager em;

    public record Window(double sessionsPrescribed, long sessionsCompleted, long sessionsPartial,
            double exercisesPrescribed, long exercisesCompleted) {
    }

    public record TrendPoint(UUID exerciseId, Instant performedAt, Integer totalReps, BigDecimal maxLoadKg, int painScore) {
    }

    public record ClientSummary(UUID clientId, String therapistUserId, Instant lastSessionAt, double sessionsPrescribed30,
            double sessionsDone30, long openAlerts) {
    }

    /** Weekly figures for the last {@code weeks} calendar weeks, oldest first, the current week last. */
    @SuppressWarnings("unchecked")
    public List<WeekFigures> weekly(String tenant, UUID clientId, int weeks) {
        List<Object[]> rows = em.createNativeQuery(WEEKLY)
                .setParameter("weeks", weeks).setParameter("tenant", tenant).setParameter("client", clientId)
                .getResultList();
        return rows.stream().map(r -> new WeekFigures(localDate(r[0]), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(), ((Number) r[3]).intValue())).toList();
    }

    /** Native queries hand back JDBC or java.time types depending on driver settings: accept both. */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case java.time.OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    /**
     * Sessions prescribed over the last {@code days} days, day by day from the plan in force that day, and
     * what was done. Exercises prescribed assume the plan's average session size.
     */
    public Window window(String tenant, UUID clientId, int days) {
        Object[] row = (Object[]) em.createNativeQuery(WINDOW)
                .setParameter("days", days).setParameter("tenant", tenant).setParameter("client", clientId)
                .getSingleResult();
        return new Window(((Number) row[0]).doubleValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                ((Number) row[1]).doubleValue(), ((Number) row[4]).longValue());
    }

    @SuppressWarnings("unchecked")
    public List<TrendPoint> trends(String tenant, UUID clientId, int days) {
        List<Object[]> rows = em.createNativeQuery(TRENDS)
                .setParameter("days", days).setParameter("tenant", tenant).setParameter("client", clientId)
                .getResultList();
        return rows.stream().map(r -> new TrendPoint((UUID) r[0], instant(r[1]),
                r[2] == null ? null : ((Number) r[2]).intValue(), (BigDecimal) r[3], ((Number) r[4]).intValue())).toList();
    }

    /** One line per client with an active plan: the caseload view, filtered to a therapist when given. */
    @SuppressWarnings("unchecked")
    public List<ClientSummary> caseload(String tenant, String therapistUserId) {
        List<Object[]> rows = em.createNativeQuery(CASELOAD)
                .setParameter("tenant", tenant).setParameter("therapist", therapistUserId)
                .getResultList();
        return rows.stream().map(r -> new ClientSummary((UUID) r[0], (String) r[1], instant(r[2]),
                ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), ((Number) r[5]).longValue())).toList();
    }

}
