package dev.upright.deploy.bench;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.upright.contracts.Topics;
import dev.upright.contracts.progress.SessionLogged;

/**
 * The figures a capacity model rests on (section "capacity" of the benchmark): per-instance throughput of session
 * logging and of plan-service applying the logged sessions, CPU per session by process, bytes per row of the tables
 * that grow with sessions, bytes per event on Kafka, and the plans PostgreSQL chooses for the hot queries.
 * The local stack runs one instance of each service, so every rate here is a per-instance rate.
 */
final class Capacity {

    /** Opens a connection to one of the stack's databases. */
    interface Databases {
        Connection open(String name) throws SQLException;
    }

    static final String PROGRESSION_CONSUMER = "plan-service.progression";
    private static final String SESSIONS_TOPIC = Topics.PROGRESS_SESSIONS;
    /**
     * Records on progress.sessions that are not logged sessions (a client's alerts share the topic to stay in order
     * with the client's sessions); subtracted from the topic's end offsets to count session records.
     */
    static final String OTHER_SESSION_TOPIC_EVENTS = "select count(*) from outbox_event where topic = '"
            + Topics.PROGRESS_SESSIONS + "' and event_type <> '" + SessionLogged.TYPE + "' and published_at is not null";

    private final Databases databases;
    private final String kafka;
    private final Path root;
    private final Path dataDirectory;
    private final long drainBoundNanos;
    private final List<String> lines = new ArrayList<>();

    Capacity(Databases databases, String kafka, Path root, Path dataDirectory, long drainBoundSeconds) {
        this.databases = databases;
        this.kafka = kafka;
        this.root = root;
        this.dataDirectory = dataDirectory;
        this.drainBoundNanos = TimeUnit.SECONDS.toNanos(drainBoundSeconds);
    }

    /** What the section found, as Markdown: each figure its own paragraph, tables and plans as written. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append(l.startsWith("**") ? "\n" : "").append(l).append('\n');
        return b.toString();
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        lines.add(text);
        Benchmark.say("  %s", text);
    }

    // ---------------------------------------------------------------- throughput and CPU

    /** Where the pipeline stood: session logs written, records on the topic, sessions applied by plan-service. */
    record Sample(long nanos, long sessionLogs, long topicRecords, long consumed) {
        long behind() {
            return Math.max(sessionLogs - consumed, sessionLogs - topicRecords);
        }
    }

    /** Counts over connections kept open, so sampling often weighs little on the measured stack. */
    private final class Sampler implements AutoCloseable {
        private final Connection progress = databases.open("progress");
        private final Connection plan = databases.open("plan");
        private final KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafkaProperties());
        private final List<TopicPartition> partitions = consumer.partitionsFor(SESSIONS_TOPIC).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();

        Sampler() throws SQLException {
        }

        Sample sample() throws SQLException {
            long logs = single(progress, "select count(*) from session_log");
            long records = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum()
                    - single(progress, OTHER_SESSION_TOPIC_EVENTS);
            long consumed = single(plan, "select count(*) from processed_event where consumer = '" + PROGRESSION_CONSUMER + "'");
            return new Sample(System.nanoTime(), logs, records, consumed);
        }

        /** Polls until the topic and plan-service hold every session logged so far, or the bound passes. */
        Sample waitCaughtUp(long target, long[] relayedAt) throws Exception {
            long start = System.nanoTime();
            while (true) {
                Sample s = sample();
                if (relayedAt != null && relayedAt[0] == 0 && s.topicRecords() >= target) relayedAt[0] = s.nanos();
                if ((s.consumed() >= target && s.topicRecords() >= target) || s.nanos() - start > drainBoundNanos) return s;
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws SQLException {
            consumer.close();
            progress.close();
            plan.close();
        }
    }

    private Properties kafkaProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka);
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        return p;
    }

    /**
     * Session logging at full speed through one gateway and one progress-service, and how fast one plan-service
     * applies what was logged: during the load, and on the backlog left when the load stops. CPU per session is
     * each process's CPU time over the window, so it holds on a machine where the processes share cores.
     */
    void throughput(Callable<?> warmUp, Callable<Load.Stats> load) throws Exception {
        try (Sampler sampler = new Sampler()) {
            warmUp.call();
            Sample quiet = sampler.sample();
            quiet = sampler.waitCaughtUp(quiet.sessionLogs(), null);
            if (quiet.behind() > 0) line("The pipeline was still %d behind before the load", quiet.behind());
            Map<String, Duration> cpuStart = cpuByProcess();
            Sample start = sampler.sample();
            Load.Stats s = load.call();
            Sample end = sampler.sample();
            Map<String, Duration> cpuLoadEnd = cpuByProcess();
            long[] relayedAt = {0};
            Sample drained = sampler.waitCaughtUp(end.sessionLogs(), relayedAt);
            Map<String, Duration> cpuDrained = cpuByProcess();

            double loadSeconds = (end.nanos() - start.nanos()) / 1e9;
            double drainSeconds = (drained.nanos() - end.nanos()) / 1e9;
            long logged = end.sessionLogs() - start.sessionLogs();
            long consumedDuringLoad = end.consumed() - start.consumed();
            long backlog = end.sessionLogs() - end.consumed();
            long consumedTotal = drained.consumed() - start.consumed();
            boolean caughtUp = drained.consumed() >= end.sessionLogs();
            line("**Session logging, one gateway and one progress-service:** %,d acknowledged (201) in %.1f s by 16 "
                    + "callers = **%.0f sessions/s per instance** (p50 %.1f ms, p99 %.1f ms, errors %d); %,d rows added to "
                    + "`session_log`", s.ok(), s.seconds(), s.perSecond(), s.millis(50), s.millis(99), s.failed(), logged);
            line("**Applying `session-logged` events, one plan-service (6 consumer threads over %s's partitions):** "
                    + "%,d applied while the load ran = %.0f events/s; the backlog at its end, %,d events, applied in %.1f s = "
                    + "**%.0f events/s with the load stopped**; all %,d in %.1f s from the load's start = %.0f events/s%s",
                    SESSIONS_TOPIC, consumedDuringLoad, consumedDuringLoad / loadSeconds, backlog, drainSeconds,
                    drainSeconds > 0 ? backlog / drainSeconds : Double.NaN, consumedTotal, loadSeconds + drainSeconds,
                    consumedTotal / (loadSeconds + drainSeconds), caughtUp ? "" : " (**not caught up** within the bound)");
            line("Outbox relay (progress-service to `%s`): the last record of the load was on the topic %s after the load ended",
                    SESSIONS_TOPIC, relayedAt[0] == 0 ? "not" : String.format(Locale.ROOT, "%.1f s",
                            Math.max(0, relayedAt[0] - end.nanos()) / 1e9));
            line("CPU time per 1,000 sessions by process (the load window for the gateway and progress-service, until "
                    + "plan-service caught up for the others; all processes share the machine's cores):");
            for (String process : cpuStart.keySet()) {
                Map<String, Duration> until = process.equals("gateway") || process.equals("progress-service") ? cpuLoadEnd : cpuDrained;
                if (!until.containsKey(process)) continue;
                double cpuSeconds = until.get(process).minus(cpuStart.get(process)).toNanos() / 1e9;
                if (cpuSeconds <= 0) {
                    line("- %s: no CPU time found", process);
                    continue;
                }
                line("- %s: %.2f CPU s per 1,000 sessions = %.0f sessions per CPU second", process,
                        cpuSeconds * 1000 / logged, logged / cpuSeconds);
            }
        }
    }

    /**
     * Total CPU time of the stack's processes (the launcher's descendants), grouped: each service, PostgreSQL
     * (every backend), Kafka and Keycloak. Processes that ended in between are not counted.
     */
    private Map<String, Duration> cpuByProcess() {
        Map<String, Duration> cpu = new LinkedHashMap<>();
        for (String name : List.of("gateway", "progress-service", "plan-service", "catalog-service", "postgresql", "kafka", "keycloak")) {
            cpu.put(name, Duration.ZERO);
        }
        try {
            firstLinePid(dataDirectory.resolve("stack.pid")).flatMap(ProcessHandle::of).ifPresent(launcher ->
                    launcher.descendants().forEach(p -> {
                        String group = groupOf(p.info().commandLine().orElse(""));
                        if (group != null) cpu.merge(group, cpuOf(p), Duration::plus);
                    }));
            // PostgreSQL's server detaches from the launcher: its processes are found from its own pid file
            firstLinePid(dataDirectory.resolve("postgres/postmaster.pid")).flatMap(ProcessHandle::of).ifPresent(server -> {
                cpu.put("postgresql", cpuOf(server));
                server.descendants().forEach(p -> cpu.merge("postgresql", cpuOf(p), Duration::plus));
            });
        } catch (IOException | RuntimeException e) {
            Benchmark.say("  (no CPU times: %s)", e.getMessage());
        }
        return cpu;
    }

    private static java.util.Optional<Long> firstLinePid(Path file) throws IOException {
        if (!Files.exists(file)) return java.util.Optional.empty();
        return Files.readAllLines(file).stream().findFirst().map(String::strip).map(Long::parseLong);
    }

    private static Duration cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static String groupOf(String command) {
        for (String service : List.of("gateway", "progress-service", "plan-service", "catalog-service")) {
            if (command.contains("/" + service + "/target/quarkus-app/")) return service;
        }
        // Keycloak's command line names its database, so it is told apart before PostgreSQL's own processes
        if (command.contains("keycloak")) return "keycloak";
        if (command.contains("kafka")) return "kafka";
        if (command.contains("postgres")) return "postgresql";
        return null;
    }

    // ---------------------------------------------------------------- storage

    /** The tables that grow with logged sessions; the others (plans, profiles, catalogue) grow with clients. */
    private static final Map<String, List<String>> PER_SESSION = Map.of(
            "progress", List.of("session_log", "exercise_log", "idempotency_record", "outbox_event"),
            "plan", List.of("exercise_result", "processed_event"));

    /** Bytes per row of every table of the progress and plan databases, after a VACUUM ANALYZE. */
    void storage() throws SQLException {
        line("**Storage per row** (after `VACUUM ANALYZE`; heap = `pg_relation_size`, indexes = `pg_indexes_size`, "
                + "total = `pg_total_relation_size` incl. TOAST):");
        lines.add("");
        lines.add("| database.table | rows | heap B/row | index B/row | total B/row | total |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        long sessionLogs = 0;
        long perSessionBytes = 0;
        Map<String, Long> sessionTables = new LinkedHashMap<>();
        for (String database : List.of("progress", "plan")) {
            try (Connection c = databases.open(database); Statement st = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                        + "and tablename not like 'flyway%' order by pg_total_relation_size(quote_ident(tablename)) desc")) {
                    while (rs.next()) tables.add(rs.getString(1));
                }
                for (String table : tables) st.execute("vacuum analyze " + table);
                for (String table : tables) {
                    long rows = single(c, "select count(*) from " + table);
                    try (ResultSet rs = st.executeQuery("select pg_relation_size('" + table + "'), pg_indexes_size('" + table
                            + "'), pg_total_relation_size('" + table + "')")) {
                        rs.next();
                        long heap = rs.getLong(1);
                        long indexes = rs.getLong(2);
                        long total = rs.getLong(3);
                        lines.add(String.format(Locale.ROOT, "| %s.%s | %,d | %s | %s | %s | %s |", database, table, rows,
                                perRow(heap, rows), perRow(indexes, rows), perRow(total, rows), bytes(total)));
                        if (database.equals("progress") && table.equals("session_log")) sessionLogs = rows;
                        if (PER_SESSION.get(database).contains(table)) {
                            perSessionBytes += total;
                            sessionTables.put(database + "." + table, rows);
                        }
                    }
                }
            }
        }
        lines.add("");
        perPlan();
        if (sessionLogs > 0) {
            StringBuilder ratios = new StringBuilder();
            for (var t : sessionTables.entrySet()) {
                ratios.append(String.format(Locale.ROOT, "%s%s %.2f", ratios.isEmpty() ? "" : ", ", t.getKey(),
                        t.getValue() / (double) sessionLogs));
            }
            line("**Per logged session, indexes included:** %s over %,d session logs = **%,.0f bytes** (tables that grow "
                    + "with sessions: %s; rows per session log: %s)", bytes(perSessionBytes), sessionLogs,
                    perSessionBytes / (double) sessionLogs, String.join(", ", sessionTables.keySet()), ratios);
        }
    }

    /** Plans grow with clients, not sessions: the bytes of a stored plan with its sessions and exercises. */
    private void perPlan() throws SQLException {
        try (Connection c = databases.open("plan")) {
            long plans = single(c, "select count(*) from plan");
            long total = single(c, "select pg_total_relation_size('plan') + pg_total_relation_size('plan_session') "
                    + "+ pg_total_relation_size('plan_exercise')");
            long exercises = single(c, "select count(*) from plan_exercise");
            if (plans > 0) {
                line("**Per stored plan (plan-service, drafts included):** `plan` + `plan_session` + `plan_exercise`, "
                        + "indexes included: %s over %,d plans = **%,.0f bytes** (%.1f `plan_exercise` rows per plan)",
                        bytes(total), plans, total / (double) plans, exercises / (double) plans);
            }
        }
        try (Connection c = databases.open("progress")) {
            long plans = single(c, "select count(*) from client_plan");
            long total = single(c, "select pg_total_relation_size('client_plan') + pg_total_relation_size('plan_session')");
            if (plans > 0) {
                line("**Per activated plan (progress-service's copy):** `client_plan` + `plan_session`: %s over %,d plans = "
                        + "**%,.0f bytes**", bytes(total), plans, total / (double) plans);
            }
        }
    }

    /** The size of progress.sessions on the broker's disk, and the records' own size, per record. */
    void kafkaRecords() {
        Properties p = kafkaProperties();
        try (Admin admin = Admin.create(p); var consumer = new KafkaConsumer<byte[], byte[]>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(SESSIONS_TOPIC).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            long records = 0;
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            for (TopicPartition tp : partitions) records += ends.get(tp) - starts.get(tp);
            List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().map(n -> n.id()).toList();
            long onDisk = 0;
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS).values()) {
                for (LogDirDescription dir : dirs.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> r : dir.replicaInfos().entrySet()) {
                        if (r.getKey().topic().equals(SESSIONS_TOPIC)) onDisk += r.getValue().size();
                    }
                }
            }
            // The records' own bytes: key, value and headers of a sample read from the start
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long sampled = 0;
            long recordBytes = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (sampled < 2000 && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    long headers = 0;
                    for (Header h : r.headers()) headers += h.key().length() + (h.value() == null ? 0 : h.value().length);
                    recordBytes += Math.max(0, r.serializedKeySize()) + Math.max(0, r.serializedValueSize()) + headers;
                    sampled++;
                }
            }
            line("**Kafka `%s`:** %,d records, %s on the broker's disk (one replica, segment indexes not included) = "
                    + "**%,.0f bytes per record** on disk; key + value + headers of %,d records read back: %,.0f bytes on average",
                    SESSIONS_TOPIC, records, bytes(onDisk), records == 0 ? Double.NaN : onDisk / (double) records, sampled,
                    sampled == 0 ? Double.NaN : recordBytes / (double) sampled);
        } catch (Exception e) {
            line("Kafka record sizes not measured: %s", e);
        }
    }

    // ---------------------------------------------------------------- index plans

    /** A query as the service runs it, with the seeded data's values in place of its parameters. */
    record HotQuery(String database, String name, String sql) {
    }

    /**
     * The plans of the hot queries on the seeded data (EXPLAIN ANALYZE), and, where PostgreSQL scans a table
     * whole because the seeded one is small, the plan it picks once a scan of the whole table is made costly.
     */
    void indexPlans() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection c = databases.open("progress"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("with busiest as (select tenant_id, client_id from session_log group by 1, 2 "
                     + "order by count(*) desc limit 1) select s.tenant_id, s.client_id, s.id, e.exercise_id from session_log s "
                     + "join busiest b on b.tenant_id = s.tenant_id and b.client_id = s.client_id "
                     + "join exercise_log e on e.session_log_id = s.id order by s.performed_at desc limit 1")) {
            if (!rs.next()) {
                line("No session logged: no index plans");
                return;
            }
            values.put("tenant", "'" + rs.getString(1) + "'");
            values.put("client", "'" + rs.getString(2) + "'");
            values.put("session", "'" + rs.getString(3) + "'");
            values.put("exercise", "'" + rs.getString(4) + "'");
        }
        try (Connection c = databases.open("plan"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select plan_id, array_agg(distinct exercise_id) from exercise_result "
                     + "group by plan_id order by count(*) desc limit 1")) {
            if (rs.next()) {
                values.put("plan", "'" + rs.getString(1) + "'");
                values.put("exercises", "'" + rs.getString(2) + "'::uuid[]");
            }
        }
        values.put("weeks", "12");
        values.put("days", "90");
        values.put("therapist", "null");
        List<HotQuery> queries = new ArrayList<>(List.of(
                new HotQuery("progress", "a client's session history, first page (`GET /api/v1/clients/{id}/sessions`, "
                        + "SessionService.history through Hibernate, tenant filter added)",
                        "select * from session_log where tenant_id = :tenant and client_id = :client "
                                + "and performed_at >= '1970-01-01' and performed_at < '9999-01-01' "
                                + "order by performed_at desc, id offset 0 rows fetch first 20 rows only"),
                new HotQuery("progress", "the exercises of one logged session (history pages, idempotent replays)",
                        "select * from exercise_log where tenant_id = :tenant and session_log_id = :session order by id"),
                new HotQuery("progress", "the previous log of an exercise (pain-rising check on every logged session)",
                        "select * from exercise_log where tenant_id = :tenant and client_id = :client and exercise_id = :exercise "
                                + "and performed_at < now() order by performed_at desc fetch first 1 rows only"),
                new HotQuery("progress", "the clinic's open alerts (`GET /api/v1/alerts`, Alert.openAlerts)",
                        "select * from alert where tenant_id = :tenant and acknowledged_at is null order by raised_at desc, id"),
                new HotQuery("plan", "the progression evidence read for every applied session (ExerciseResult.evidence)",
                        "select r.* from (select e.*, rank() over (partition by e.exercise_id order by e.performed_at desc) as recency "
                                + "from exercise_result e where e.tenant_id = :tenant and e.plan_id = :plan "
                                + "and e.exercise_id = any(:exercises) and e.performed_at >= '1970-01-01') r "
                                + "where r.recency <= 3 or r.pain_score >= 6 or (r.pain_kind is not null and r.pain_kind <> 'mild-tension') "
                                + "order by r.performed_at, r.session_log_id")));
        Map<String, String> adherence = adherenceQueries();
        adherence.forEach((name, sql) -> queries.add(new HotQuery("progress", "adherence: `AdherenceQueries." + name + "`", sql)));
        if (adherence.isEmpty()) line("AdherenceQueries not found in progress-service/target/classes: its plans are left out");

        line("**Index plans of the hot queries** (`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF)` on the seeded data; "
                + "parameters: the client with the most logs, its latest session):");
        for (HotQuery q : queries) {
            if (q.database().equals("plan") && !values.containsKey("plan")) continue;
            String sql = bind(q.sql(), values);
            try (Connection c = databases.open(q.database()); Statement st = c.createStatement()) {
                String plan = explain(st, sql);
                lines.add("");
                lines.add("*" + q.name() + "* (" + q.database() + "):");
                lines.add("");
                lines.add("```");
                lines.add(plan);
                if (plan.contains("Seq Scan")) {
                    st.execute("set enable_seqscan = off");
                    lines.add("-- with enable_seqscan = off (as PostgreSQL plans it once the table is too big to read whole):");
                    lines.add(explain(st, sql));
                }
                lines.add("```");
            }
        }
        lines.add("");
    }

    private static String explain(Statement st, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = st.executeQuery("explain (analyze, costs off, timing off, summary off) " + sql)) {
            while (rs.next()) plan.append(plan.isEmpty() ? "" : "\n").append(rs.getString(1));
        }
        return plan.toString();
    }

    /** Replaces each {@code :name} parameter by its value. */
    static String bind(String sql, Map<String, String> values) {
        Matcher m = Pattern.compile("(?<!:):([a-z]+)").matcher(sql);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) throw new IllegalArgumentException("No value for :" + m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        return m.appendTail(b).toString();
    }

    /** The adherence SQL exactly as progress-service runs it: its public constants, read from the built classes. */
    private Map<String, String> adherenceQueries() {
        Map<String, String> sql = new LinkedHashMap<>();
        Path classes = root.resolve("progress-service/target/classes");
        if (!Files.isDirectory(classes)) return sql;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Capacity.class.getClassLoader())) {
            Class<?> queries = Class.forName("dev.upright.progress.adherence.AdherenceQueries", false, loader);
            for (String name : List.of("WEEKLY", "WINDOW", "CASELOAD")) {
                Field field = queries.getField(name);
                sql.put(name, (String) field.get(null));
            }
        } catch (ReflectiveOperationException | IOException | LinkageError e) {
            Benchmark.say("  (AdherenceQueries not loaded: %s)", e);
        }
        return sql;
    }

    // ---------------------------------------------------------------- helpers

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String perRow(long bytes, long rows) {
        return rows == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", bytes / (double) rows);
    }

    static String bytes(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
    }
}
