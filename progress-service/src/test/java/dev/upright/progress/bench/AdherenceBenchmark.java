package dev.upright.progress.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;

import dev.upright.localservers.Ports;
import dev.upright.localservers.PostgresServer;
import dev.upright.progress.adherence.AdherenceQueries;

/**
 * How the adherence queries behave for a big clinic: seeds a throw-away PostgreSQL with one clinic of
 * {@code bench.clients} clients (default 1,000), their plans and {@code bench.years} (3) years of logs,
 * about three sessions a week of five exercises each, then times the SQL the endpoints run and prints
 * p50/p99 and the plans PostgreSQL chose. Not a test: timings depend on the machine. Run it as the
 * README says; {@code -Dbench.target=4} measures the schema as it was before the indexes of V5.
 */
public final class AdherenceBenchmark {

    static final String TENANT = "bench-clinic";
    static final int THERAPISTS = 20;
    static final int EXERCISES_PER_SESSION = 5;

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    private AdherenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 1000);
        int years = Integer.getInteger("bench.years", 3);
        int rounds = Integer.getInteger("bench.rounds", 200);
        String target = System.getProperty("bench.target");

        try (var postgres = PostgresServer.start(Ports.findFree(), null)) {
            postgres.ensureDatabase("progress");
            String url = postgres.jdbcUrl("progress");
            var flyway = Flyway.configure().dataSource(url, PostgresServer.USER, "")
                    .locations("classpath:db/migration", "classpath:db/support");
            if (target != null) {
                flyway.target(target);
            }
            flyway.load().migrate();
            try (Connection db = DriverManager.getConnection(url, PostgresServer.USER, "")) {
                long started = System.nanoTime();
                seed(db, clients, years);
                System.out.printf(Locale.ROOT, "Seeded in %.1f s (schema version %s):%n",
                        (System.nanoTime() - started) / 1e9, target == null ? "latest" : target);
                for (String table : List.of("client_plan", "plan_session", "session_log", "exercise_log", "alert")) {
                    System.out.printf(Locale.ROOT, "  %-14s %,10d rows%n", table, count(db, table));
                }
                measure(db, rounds);
            }
        }
    }

    /**
     * Everything is generated inside PostgreSQL, so a few million rows take a minute, not an hour. Each
     * client had an earlier plan (2 a week), replaced a year ago by the current one (3 a week); they log
     * about 80% of their sessions, a sixth of them partial, with mild pain now and then.
     */
    private static void seed(Connection db, int clients, int years) throws SQLException {
        try (var sql = db.createStatement()) {
            sql.execute("select setseed(0.42)");
            sql.execute("""
                    create temporary table bench_client as
                    select gen_random_uuid() as client_id, n, 'therapist-' || (n %% %d) as therapist
                    from generate_series(1, %d) n""".formatted(THERAPISTS, clients));
            sql.execute("""
                    insert into client_plan (plan_id, tenant_id, client_id, client_user_id, therapist_user_id,
                                             activated_at, weeks, sessions_per_week, active)
                    select gen_random_uuid(), '%1$s', c.client_id, 'user-' || c.n, c.therapist,
                           now() - make_interval(years => %2$d) + make_interval(days => c.n %% 20), 52 * %2$d, 2, false
                    from bench_client c
                    union all
                    select gen_random_uuid(), '%1$s', c.client_id, 'user-' || c.n, c.therapist,
                           now() - interval '1 year', 52, 3, true
                    from bench_client c""".formatted(TENANT, years));
            sql.execute("""
                    insert into plan_session (session_id, tenant_id, plan_id, week, session_order, exercises)
                    select gen_random_uuid(), p.tenant_id, p.plan_id, 1, o,
                           (select jsonb_agg(jsonb_build_object('exerciseId', gen_random_uuid(), 'name', 'Exercise ' || x,
                                   'block', 'strengthening', 'sets', 2, 'reps', 12))
                            from generate_series(1, %d) x)
                    from client_plan p, generate_series(1, p.sessions_per_week) o""".formatted(EXERCISES_PER_SESSION));
            sql.execute("""
                    create temporary table bench_exercise as
                    select x, gen_random_uuid() as exercise_id from generate_series(1, %d) x""".formatted(EXERCISES_PER_SESSION));
            sql.execute("""
                    insert into session_log (id, tenant_id, client_id, plan_id, planned_session_id, performed_at, partial,
                                             notes, logged_by, created_at)
                    select gen_random_uuid(), '%s', c.client_id, null, null, t, random() < 0.17, null, 'user-' || c.n, t
                    from bench_client c,
                         generate_series(now() - make_interval(years => %d), now() - interval '1 hour',
                                         interval '56 hours') t
                    where random() < 0.8""".formatted(TENANT, years));
            sql.execute("""
                    insert into exercise_log (id, tenant_id, session_log_id, client_id, exercise_id, performed_at, sets,
                                              set_count, total_reps, max_load_kg, rpe, pain_score, pain_kind,
                                              pain_location, completed_as_prescribed, notes)
                    select gen_random_uuid(), s.tenant_id, s.id, s.client_id, e.exercise_id, s.performed_at,
                           '[{"reps":12,"loadKg":2.5},{"reps":12,"loadKg":2.5}]', 2, 24, 2.5, 6,
                           case when random() < 0.1 then 3 else 0 end, null, null, not s.partial or e.x > 2, null
                    from session_log s cross join bench_exercise e""");
            sql.execute("""
                    insert into alert (id, tenant_id, client_id, therapist_id, severity, reason, detail, raised_at,
                                       acknowledged_at, cause_key)
                    select gen_random_uuid(), '%s', c.client_id, c.therapist, 'medium', 'pain-rising', 'Seeded', t,
                           case when t < now() - interval '14 days' then t + interval '1 day' end,
                           'seed:' || c.client_id || ':' || t
                    from bench_client c,
                         generate_series(now() - make_interval(years => %d), now(), interval '60 days') t
                    where random() < 0.3""".formatted(TENANT, years));
            sql.execute("vacuum analyze");
        }
    }

    private static void measure(Connection db, int rounds) throws SQLException {
        // Each client with its latest session, picked at random per run outside the timed part
        List<Map<String, Object>> clients = new ArrayList<>();
        try (var rows = db.createStatement().executeQuery("""
                select distinct on (client_id) client_id, id from session_log order by client_id, performed_at desc""")) {
            while (rows.next()) {
                clients.add(Map.of("tenant", TENANT, "client", rows.getObject(1, UUID.class),
                        "session", rows.getObject(2, UUID.class)));
            }
        }
        var queries = List.of(
                new Query("weekly (12 weeks)", AdherenceQueries.WEEKLY, Map.of("weeks", 12)),
                new Query("window (90 days)", AdherenceQueries.WINDOW, Map.of("days", 90)),
                new Query("trends (90 days)", AdherenceQueries.TRENDS, Map.of("days", 90)),
                new Query("history page of 20", HISTORY_PAGE, Map.of()),
                new Query("one session's exercises", SESSION_EXERCISES, Map.of()));

        System.out.printf(Locale.ROOT, "%n%-34s %9s %9s %9s%n", "query (" + rounds + " runs, random clients)", "p50 ms",
                "p99 ms", "max ms");
        var random = new Random(7);
        for (Query query : queries) {
            report(query.name(), time(rounds, () -> run(db, query, clients.get(random.nextInt(clients.size())))));
        }
        report("GET /clients/{id}/adherence", time(rounds, () -> {
            var at = clients.get(random.nextInt(clients.size()));
            run(db, queries.get(0), at);
            for (int days : new int[] { 7, 30, 90 }) {
                run(db, new Query("window", AdherenceQueries.WINDOW, Map.of("days", days)), at);
            }
            run(db, queries.get(2), at);
        }));
        var wholeClinic = new Query("caseload", AdherenceQueries.CASELOAD, Map.of());
        int clinicRounds = Math.max(10, rounds / 10);
        report("GET /adherence, whole clinic", time(clinicRounds,
                () -> run(db, wholeClinic, mapWithNull("therapist"))));
        report("GET /adherence, one therapist", time(rounds,
                () -> run(db, wholeClinic, Map.of("tenant", TENANT, "therapist", "therapist-" + random.nextInt(THERAPISTS)))));

        var sample = clients.get(clients.size() / 2);
        for (Query query : queries) {
            explain(db, query, sample);
        }
        explain(db, wholeClinic, mapWithNull("therapist"));
    }

    /** The history endpoint's two statements, as Hibernate sends them for SessionLog and ExerciseLog.ofSession. */
    static final String HISTORY_PAGE = """
            select * from session_log where tenant_id = :tenant and client_id = :client
              and performed_at >= '1970-01-01' and performed_at < '9999-01-01'
            order by performed_at desc, id offset 0 rows fetch first 20 rows only""";
    static final String SESSION_EXERCISES = """
            select * from exercise_log where tenant_id = :tenant and session_log_id = :session order by id""";

    private record Query(String name, String sql, Map<String, Object> fixed) {
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static Map<String, Object> mapWithNull(String key) {
        var values = new java.util.HashMap<String, Object>();
        values.put("tenant", TENANT);
        values.put(key, null);
        return values;
    }

    private static double[] time(int rounds, Step step) throws SQLException {
        for (int i = 0; i < Math.min(20, rounds); i++) {
            step.run();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            step.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String name, double[] sortedMillis) {
        System.out.printf(Locale.ROOT, "%-34s %9.2f %9.2f %9.2f%n", name, percentile(sortedMillis, 50),
                percentile(sortedMillis, 99), sortedMillis[sortedMillis.length - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static void run(Connection db, Query query, Map<String, Object> values) throws SQLException {
        try (var statement = prepare(db, query.sql(), query.fixed(), values); var rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }

    private static void explain(Connection db, Query query, Map<String, Object> values) throws SQLException {
        System.out.printf("%n--- EXPLAIN (ANALYZE, BUFFERS) %s%n", query.name());
        try (var statement = prepare(db, "explain (analyze, buffers) " + query.sql(), query.fixed(), values);
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                System.out.println(rows.getString(1));
            }
        }
    }

    /** Turns the named parameters of the endpoints' SQL into JDBC ones, bound in order of appearance. */
    private static PreparedStatement prepare(Connection db, String sql, Map<String, Object> fixed,
            Map<String, Object> values) throws SQLException {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql);
        var jdbc = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(jdbc, "?");
        }
        matcher.appendTail(jdbc);
        var statement = db.prepareStatement(jdbc.toString());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Object value = fixed.containsKey(name) ? fixed.get(name) : values.get(name);
            if (value == null && !values.containsKey(name) && !fixed.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            if (value == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    private static long count(Connection db, String table) throws SQLException {
        try (var rows = db.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
