package dev.upright.progress.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.StreamingOutput;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import dev.upright.progress.adherence.AdherenceQueries;
import dev.upright.progress.adherence.WeekFigures;
import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sessions and weekly adherence as CSV, written row by row while PostgreSQL hands them over through a cursor
 * ({@link #FETCH_SIZE} rows at a time), so a clinic's year of logs never sits in memory. Native SQL is not
 * filtered by the tenant filter: each statement names {@code :tenant}, bound by {@link TenantQueries}.
 */
@ApplicationScoped
public class CsvExports {

    static final int FETCH_SIZE = 500;

    /** One line per logged exercise, its session's columns repeated; a session without exercises gets one line. */
    static final String SESSIONS = """
            select s.id, s.client_id, s.performed_at, s.planned_session_id, s.partial, s.notes,
                   e.exercise_id, e.set_count, e.total_reps, e.max_load_kg, e.rpe, e.pain_score, e.pain_kind,
                   e.pain_location, e.completed_as_prescribed, e.notes
            from session_log s
            left join exercise_log e on e.session_log_id = s.id and e.tenant_id = :tenant
            where s.tenant_id = :tenant and s.performed_at >= :start and s.performed_at < :end %s
            order by s.performed_at, s.id, e.id""";

    static final List<String> SESSION_HEADER = List.of("session_id", "client_id", "performed_at", "planned_session_id",
            "partial", "session_notes", "exercise_id", "sets", "total_reps", "max_load_kg", "rpe", "pain_score",
            "pain_kind", "pain_location", "completed_as_prescribed", "exercise_notes");

    /**
     * Per client the clinic has had a plan for, and per calendar week (Monday first) touching the range: sessions
     * prescribed by the plan in force that week, completed and partial (as the adherence endpoint counts them).
     */
    static final String WEEKS = """
            with week as (
                select generate_series(date_trunc('week', cast(:from as timestamp)), cast(:to as timestamp),
                                       interval '1 week') as start),
            client as (
                select distinct p.client_id from client_plan p where p.tenant_id = :tenant %s)
            select c.client_id, cast(w.start as date),
                   coalesce((select p.sessions_per_week from client_plan p
                             where p.tenant_id = :tenant and p.client_id = c.client_id
                               and p.activated_at < (w.start + interval '1 week') at time zone 'UTC'
                             order by p.activated_at desc limit 1), 0),
                   (select count(*) from session_log s where s.tenant_id = :tenant and s.client_id = c.client_id
                       and not s.partial and s.performed_at >= w.start at time zone 'UTC'
                       and s.performed_at < (w.start + interval '1 week') at time zone 'UTC'),
                   (select count(*) from session_log s where s.tenant_id = :tenant and s.client_id = c.client_id
                       and s.partial and s.performed_at >= w.start at time zone 'UTC'
                       and s.performed_at < (w.start + interval '1 week') at time zone 'UTC')
            from client c cross join week w
            order by c.client_id, w.start""";

    static final List<String> WEEK_HEADER = List.of("client_id", "week_start", "sessions_prescribed",
            "sessions_completed", "sessions_partial", "rate");

    @Inject
    TenantQueries tenantQueries;

    @Inject
    EntityManager em;

    /** Logged sessions in the range, of one client or (null) of the whole clinic, oldest first. */
    public StreamingOutput sessions(ExportRange range, UUID clientId) {
        return export(SESSIONS, "s", Map.of("start", range.start(), "end", range.endExclusive()), clientId,
                SESSION_HEADER, CsvExports::sessionCells);
    }

    /** Weekly adherence over the range, of one client or (null) of every client of the clinic. */
    public StreamingOutput weeks(ExportRange range, UUID clientId) {
        return export(WEEKS, "p", Map.of("from", range.from(), "to", range.to()), clientId, WEEK_HEADER,
                CsvExports::weekCells);
    }

    /** {@code sql} with its {@code %s} narrowed to one client of the table aliased {@code alias}, or left open. */
    private StreamingOutput export(String sql, String alias, Map<String, Object> parameters, UUID clientId,
            List<String> header, Function<Object[], List<String>> cells) {
        return out -> stream(out, header, () -> {
            Query query = tenantQueries.sql(sql.formatted(clientId == null ? "" : "and " + alias + ".client_id = :client"));
            parameters.forEach(query::setParameter);
            return clientId == null ? query : query.setParameter("client", clientId);
        }, cells);
    }

    private static List<String> sessionCells(Object[] r) {
        return List.of(Csv.value(r[0]), Csv.value(r[1]), Csv.value(AdherenceQueries.instant(r[2])), Csv.value(r[3]),
                Csv.value(r[4]), Csv.text((String) r[5]), Csv.value(r[6]), Csv.value(r[7]), Csv.value(r[8]),
                Csv.value(r[9]), Csv.value(r[10]), Csv.value(r[11]), Csv.text((String) r[12]), Csv.text((String) r[13]),
                Csv.value(r[14]), Csv.text((String) r[15]));
    }

    private static List<String> weekCells(Object[] r) {
        LocalDate start = r[1] instanceof LocalDate date ? date : ((Date) r[1]).toLocalDate();
        var week = new WeekFigures(start, ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue());
        Double rate = week.rate();
        return List.of(Csv.value(r[0]), Csv.value(start), Csv.value(week.prescribed()), Csv.value(week.completed()),
                Csv.value(week.partial()), rate == null ? "" : Csv.value(Math.round(rate * 1000) / 1000.0));
    }

    /**
     * Runs the query in its own read-only transaction while the response is written (the resource method has
     * returned by then), and writes each row as it arrives.
     */
    private void stream(OutputStream out, List<String> header, Supplier<Query> query,
            Function<Object[], List<String>> cells) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        QuarkusTransaction.requiringNew().run(() -> {
            em.unwrap(Session.class).doWork(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("set transaction read only");
                }
            });
            try {
                writer.write(Csv.line(header));
                NativeQuery<?> sql = query.get().unwrap(NativeQuery.class);
                sql.setFetchSize(FETCH_SIZE);
                try (ScrollableResults<?> rows = sql.scroll(ScrollMode.FORWARD_ONLY)) {
                    while (rows.next()) {
                        writer.write(Csv.line(cells.apply((Object[]) rows.get())));
                    }
                }
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
