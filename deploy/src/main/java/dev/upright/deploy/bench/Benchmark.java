package dev.upright.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.upright.deploy.api.Api;
import dev.upright.deploy.api.PlannedSession;
import dev.upright.deploy.api.SessionBody;

/**
 * The speed benchmark of the whole platform: seeds a fresh local stack through the public API, then measures
 * every row of the speed table in one run, each against its reference of the same run, and writes the report.
 * Started by deploy/bench/run.sh, which starts the stack (rate limits off) and stops it afterwards.
 */
public final class Benchmark {

    static final String HOST = "localhost";

    /** One line of the result table: what was measured, against which reference, and whether it meets its target. */
    record Criterion(String row, String what, String reference, String measured, String target, boolean met,
                     double attainment) {
    }

    /** A client of the seeded clinic with a login and an active plan. */
    static final class Client {
        String id;
        String username;
        String password;
        String planId;
        List<PlannedSession> sessions = new ArrayList<>();
        volatile String token;
    }

    private final Options options;
    private final Path root;
    private final int gatewayPort = port("UPRIGHT_GATEWAY_PORT", 8080);
    private final int catalogPort = port("UPRIGHT_CATALOG_PORT", 8081);
    private final int keycloakPort = port("UPRIGHT_KEYCLOAK_PORT", 8180);
    private final int postgresPort = port("UPRIGHT_PG_PORT", 15432);
    private final int kafkaPort = port("UPRIGHT_KAFKA_PORT", 19092);
    private final String gateway = "http://" + HOST + ":" + gatewayPort;
    private final Api api = new Api("http://" + HOST + ":" + keycloakPort);
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final List<Client> loggers = new ArrayList<>();
    private final List<Client> painClients = new ArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong keys = new java.util.concurrent.atomic.AtomicLong();

    record Options(boolean quick, double warmup, double logWarmup, double seconds, int rounds, int painSamples, int generateCount,
                   int plans, int warmupPlans, boolean warmStart, String command, Set<String> rows) {

        /** Whether this run measures the given row; a run of some rows only prints, it writes no report. */
        boolean measures(String row) {
            return rows.isEmpty() || rows.contains(row);
        }

        static Options parse(String[] args) {
            boolean quick = false;
            boolean warmStart = true;
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--no-warm-start" -> warmStart = false;
                    default -> {
                        if (!args[i].startsWith("--") || i + 1 == args.length) {
                            throw new IllegalArgumentException("Unknown option " + args[i] + " (see deploy/bench/README.md)");
                        }
                        values.put(args[i].substring(2), args[++i]);
                    }
                }
            }
            String command = values.getOrDefault("command", "deploy/bench/run.sh");
            return new Options(quick,
                    Double.parseDouble(values.getOrDefault("warmup", quick ? "3" : "10")),
                    Double.parseDouble(values.getOrDefault("log-warmup", quick ? "5" : "30")),
                    Double.parseDouble(values.getOrDefault("seconds", quick ? "5" : "15")),
                    Integer.parseInt(values.getOrDefault("rounds", quick ? "1" : "2")),
                    Integer.parseInt(values.getOrDefault("samples", quick ? "10" : "40")),
                    Integer.parseInt(values.getOrDefault("generate", quick ? "60" : "300")),
                    Integer.parseInt(values.getOrDefault("plans", quick ? "5000" : "20000")),
                    Integer.parseInt(values.getOrDefault("warmup-plans", quick ? "10000" : "20000")),
                    warmStart, command,
                    values.containsKey("rows") ? Set.of(values.get("rows").split(",")) : Set.of());
        }
    }

    private Benchmark(Options options, Path root) {
        this.options = options;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("upright.root", ".")).toAbsolutePath().normalize();
        var bench = new Benchmark(Options.parse(args), root);
        bench.run();
    }

    private void run() throws Exception {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        // Other work on the machine slows the stack and the load generator alike: the report says how busy it was
        loadAtStart = loadAverage();
        say("Seeding through the gateway (%s)", gateway);
        seed();
        if (options.measures("1") || options.measures("2") || options.measures("3")) readRows();
        if (options.measures("6")) generateRow();
        if (options.measures("4")) loggingRow();
        if (options.measures("5")) painRow();
        if (options.measures("capacity")) capacitySection();
        String postgresVersion = queryString("progress", "show server_version");
        if (options.measures("7") || options.measures("8")) {
            say("Stopping the stack for the generator and the warm start");
            script("deploy/local/down.sh");
            if (options.measures("7")) generatorRow();
            if (options.warmStart && options.measures("8")) warmStartRow();
        }
        Map<String, String> environment = environment(postgresVersion);
        var report = new Report(criteria, details, environment, options, startedAt);
        report.print(System.out);
        if (options.rows().isEmpty()) {
            report.write(root.resolve("docs/benchmarks.md"), root.resolve("docs/benchmarks.png"));
            say("Wrote docs/benchmarks.md and docs/benchmarks.png");
        } else {
            details.forEach(System.out::println);
            // Figures of a partial run are quoted elsewhere: when and where they were measured goes with them
            environment.forEach((k, v) -> System.out.println(k + ": " + v));
            System.out.println("Started: " + startedAt);
            say("Measured rows %s only: docs/benchmarks.md left as it was", options.rows());
        }
    }

    // ---------------------------------------------------------------- seeding

    private String theo() {
        return api.cachedLogin("theo", "demo");
    }

    private void seed() throws Exception {
        int painCount = Math.max(2, (options.painSamples() * 2 + 5) / 6);
        int total = 16 + painCount;
        String admin = api.adminToken();
        SplittableRandom random = new SplittableRandom(2026);
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            Client client = seedClient(i, random, admin);
            (i < 16 ? loggers : painClients).add(client);
            if ((i + 1) % 8 == 0) say("  %d of %d clients seeded", i + 1, total);
        }
        // Each client's first session, also proof that progress-service knows the plan (the event has arrived)
        for (Client client : all()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                var answer = api.send(gateway + "/api/v1/sessions", client.token, "POST",
                        sessionBody(client, 0, null), "seed-" + runId + "-" + client.username);
                if (answer.status() == 201 || answer.status() == 200) break;
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The first session of " + client.username + " answered "
                            + answer.status() + ": " + answer.raw());
                }
                Thread.sleep(200);
            }
        }
        say("Seeded %d clients with logins, active plans and a first session in %.0f s", total,
                (System.nanoTime() - started) / 1e9);
        details.add(String.format(Locale.ROOT, "Seed data: %d client profiles of the Harbor clinic created by theo, each with a "
                + "generated plan, a login of its own (created through plan-service) and the plan activated; %d of them "
                + "are the loggers of row 4, %d give the pain samples of row 5.", total, 16, painCount));
    }

    private List<Client> all() {
        List<Client> all = new ArrayList<>(loggers);
        all.addAll(painClients);
        return all;
    }

    private static final String[] EXTRA_KIT = {"dumbbells", "bench", "wall", "chair", "doorway", "cable", "pull-up-bar"};

    private Client seedClient(int i, SplittableRandom random, String admin) throws InterruptedException {
        Client client = new Client();
        ObjectNode profile = api.json.createObjectNode();
        profile.put("displayName", "Bench Client " + (i + 1));
        profile.put("experienceLevel", List.of("beginner", "intermediate", "advanced").get(random.nextInt(3)));
        ArrayNode kit = profile.putArray("equipment").add("resistance-band").add("mat");
        for (String item : EXTRA_KIT) if (random.nextInt(3) == 0) kit.add(item);
        profile.putArray("goals").add("posture").add(random.nextBoolean() ? "strength" : "ease-aches");
        profile.put("sessionsPerWeek", 3);
        profile.put("deskWorker", random.nextBoolean());
        if (random.nextInt(4) == 0) profile.putArray("painAreas").add("neck");
        var created = Api.expect(api.post(gateway + "/api/v1/clients", theo(), profile), "Creating a client", 201);
        client.id = created.body().get("id").asText();

        // The plan-service catalogue fills from Kafka after a fresh start: wait for it, boundedly
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Api.Answer plan;
        while (true) {
            plan = api.post(gateway + "/api/v1/clients/" + client.id + "/plans", theo(), "{\"seed\": " + (i + 1) + ", \"weeks\": 4}");
            if (plan.status() == 201 || System.nanoTime() > deadline) break;
            Thread.sleep(500);
        }
        Api.expect(plan, "Generating a plan", 201);
        client.planId = plan.body().get("id").asText();
        client.sessions = PlannedSession.of(plan.body());

        client.username = "bench-" + runId + "-" + (i + 1);
        var link = Api.expect(api.send(gateway + "/api/v1/clients/" + client.id + "/account", theo(), "PUT",
                "{\"username\": \"" + client.username + "\", \"email\": \"" + client.username
                        + "@mail.example\", \"firstName\": \"Bench\", \"lastName\": \"Client " + (i + 1) + "\"}", null),
                "Linking a login", 201);
        client.password = link.body().get("temporaryPassword").asText();
        // A new client would set a password of their own at first login; the benchmark skips that step
        String userId = link.body().get("userId").asText();
        Api.expect(api.send("http://" + HOST + ":" + keycloakPort + "/admin/realms/upright/users/" + userId, admin, "PUT",
                "{\"requiredActions\": []}", null), "Clearing the password change", 204);
        Api.expect(api.post(gateway + "/api/v1/plans/" + client.planId + "/activate", theo(), null),
                "Activating the plan", 200, 201, 204);
        client.token = api.login(client.username, client.password);
        return client;
    }

    private void refreshClientTokens() {
        for (Client client : all()) client.token = api.login(client.username, client.password);
    }

    /**
     * A complete planned session as its client logs it: every exercise of the session, each set as prescribed.
     * {@code painOn} names one exercise logged alone with sharp pain instead.
     */
    private String sessionBody(Client client, int sessionIndex, String painOn) {
        PlannedSession session = client.sessions.get(sessionIndex);
        List<SessionBody.Entry> entries = new ArrayList<>();
        for (PlannedSession.PlannedExercise e : session.exercises()) {
            if (painOn == null) entries.add(SessionBody.Entry.asPrescribed(e, 6));
            else if (painOn.equals(e.exerciseId())) entries.add(new SessionBody.Entry(e, SessionBody.prescribedSets(e.dose()), 6,
                    new SessionBody.Pain(7, "sharp", "right shoulder")));
        }
        return SessionBody.of(null, session.id(), Instant.now().truncatedTo(ChronoUnit.SECONDS), entries);
    }

    // ---------------------------------------------------------------- rows 1 to 3

    private void readRows() throws Exception {
        String catalogHostPort = HOST + ":" + catalogPort;
        String token = theo();
        Map<String, byte[]> targets = new LinkedHashMap<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        targets.put("bare", RawHttp.get(catalogHostPort, "/q/health/live", null));
        targets.put("muscles", RawHttp.get(catalogHostPort, "/api/v1/muscles", token));
        targets.put("exercises direct", RawHttp.get(catalogHostPort, "/api/v1/exercises?size=20", token));
        targets.put("exercises via gateway", RawHttp.get(HOST + ":" + gatewayPort, "/api/v1/exercises?size=20", token));
        targets.keySet().forEach(name -> ports.put(name, name.endsWith("gateway") ? gatewayPort : catalogPort));
        say("Rows 1-3: 16 callers each, warm-up %.0f s per target, %d rounds of %.0f s, targets alternating",
                options.warmup(), options.rounds(), options.seconds());
        for (var t : targets.entrySet()) {
            Load.Stats warm = Load.closed(HOST, ports.get(t.getKey()), 16, options.warmup(), c -> t.getValue(), 200);
            if (warm.ok() == 0) throw new IllegalStateException(t.getKey() + " answered no 200: " + warm.failures());
        }
        Map<String, List<Load.Stats>> results = new LinkedHashMap<>();
        targets.keySet().forEach(name -> results.put(name, new ArrayList<>()));
        List<String> names = new ArrayList<>(targets.keySet());
        for (int round = 0; round < options.rounds(); round++) {
            // Each round starts with another target, so a busy moment does not always hit the same one
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((k + round) % names.size());
                Load.Stats s = Load.closed(HOST, ports.get(name), 16, options.seconds(), c -> targets.get(name), 200);
                results.get(name).add(s);
                say("  round %d %-22s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d", round + 1, name,
                        s.perSecond(), s.millis(50), s.millis(99), s.failed());
            }
        }
        Map<String, Load.Stats> combined = new LinkedHashMap<>();
        results.forEach((name, list) -> combined.put(name, Load.Stats.combine(list)));
        Load.Stats bare = combined.get("bare");
        Load.Stats muscles = combined.get("muscles");
        Load.Stats direct = combined.get("exercises direct");
        Load.Stats via = combined.get("exercises via gateway");

        double half = via.perSecond() / 2;
        say("Row 3: open loop through the gateway at %.0f req/s (half its measured maximum) for %.0f s", half, options.seconds());
        Load.Stats open = Load.open(HOST, gatewayPort, 32, options.seconds(), half, targets.get("exercises via gateway"), 200);
        say("  %.0f req/s  p50 %.1f ms  p99 %.1f ms  errors %d", open.perSecond(), open.millis(50), open.millis(99), open.failed());

        double r1 = muscles.perSecond() / bare.perSecond();
        double r2 = direct.perSecond() / bare.perSecond();
        double r3 = via.perSecond() / direct.perSecond();
        criteria.add(new Criterion("1", "catalog `GET /api/v1/muscles` direct, 16 callers",
                rate(bare) + " (bare `/q/health/live`)", rate(muscles) + " = " + pct(r1) + errors(muscles),
                ">= 50% of bare", r1 >= 0.5 && muscles.failed() == 0, r1 / 0.5));
        criteria.add(new Criterion("2", "catalog `GET /api/v1/exercises?size=20` direct, 16 callers",
                rate(bare) + " (bare `/q/health/live`)", rate(direct) + " = " + pct(r2) + errors(direct),
                ">= 25% of bare", r2 >= 0.25 && direct.failed() == 0, r2 / 0.25));
        criteria.add(new Criterion("3", "the same exercises call through the gateway, 16 callers",
                rate(direct) + " (direct)", rate(via) + " = " + pct(r3) + errors(via),
                ">= 85% of direct", r3 >= 0.85 && via.failed() == 0, r3 / 0.85));
        criteria.add(new Criterion("3", "gateway exercises call, open loop at half the gateway's maximum",
                String.format(Locale.ROOT, "%.0f req/s offered", half), String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f)", open.millis(99), open.millis(50)) + errors(open),
                "p99 < 10 ms", open.millis(99) < 10 && open.failed() == 0, 10 / open.millis(99)));
        details.add("Rows 1-3 in detail (closed loop, 16 callers, " + options.rounds() + " rounds of "
                + (int) options.seconds() + " s per target after " + (int) options.warmup() + " s of warm-up):");
        combined.forEach((name, s) -> details.add(String.format(Locale.ROOT,
                "- %s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d %s", name, s.perSecond(),
                s.millis(50), s.millis(99), s.millis(100), s.failed(), s.failed() == 0 ? "" : s.failures())));
        details.add(String.format(Locale.ROOT, "- gateway, open loop at %.0f req/s: %.0f req/s done, p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms, errors %d %s", half, open.perSecond(), open.millis(50), open.millis(99), open.millis(100),
                open.failed(), open.failed() == 0 ? "" : open.failures()));
    }

    // ---------------------------------------------------------------- row 6

    private void generateRow() throws Exception {
        String hostPort = HOST + ":" + gatewayPort;
        List<Client> clients = all();
        int warm = Math.max(10, options.generateCount() / 10);
        say("Row 6: %d plan generations through the gateway, one at a time (after %d warm-up)", options.generateCount(), warm);
        String token = theo();
        List<Long> nanos = new ArrayList<>();
        long failed = 0;
        Map<Integer, Long> failures = new java.util.TreeMap<>();
        long start = 0;
        try (RawHttp http = new RawHttp(HOST, gatewayPort)) {
            for (int i = 0; i < warm + options.generateCount(); i++) {
                if (i == warm) start = System.nanoTime();
                Client c = clients.get(i % clients.size());
                byte[] request = RawHttp.postJson(hostPort, "/api/v1/clients/" + c.id + "/plans", token, "",
                        "{\"seed\": " + (1000 + i) + ", \"weeks\": 4}");
                long t0 = System.nanoTime();
                int status = http.exchange(request);
                long took = System.nanoTime() - t0;
                if (i < warm) continue;
                if (status == 201) nanos.add(took);
                else {
                    failed++;
                    failures.merge(status, 1L, Long::sum);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Load.Stats s = Load.Stats.of(nanos, failed, failures);
        say("  p50 %.1f ms  p99 %.1f ms  errors %d", s.millis(50), s.millis(99), s.failed());
        criteria.add(new Criterion("6", "`POST /api/v1/clients/{id}/plans` (generate) through the gateway, sequential",
                "-", String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f)", s.millis(99), s.millis(50)) + errors(s),
                "p99 < 20 ms", s.millis(99) < 20 && s.failed() == 0, 20 / s.millis(99)));
        details.add(String.format(Locale.ROOT, "Row 6: %d generations (4-week plans, %d clients in turn) in %.1f s: p50 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms, errors %d %s", nanos.size() + failed, clients.size(), seconds, s.millis(50),
                s.millis(99), s.millis(100), s.failed(), s.failed() == 0 ? "" : s.failures()));
    }

    // ---------------------------------------------------------------- row 4 and the loss check

    record Counts(long sessionLogs, long topicRecords, long consumed) {
        Counts minus(Counts o) {
            return new Counts(sessionLogs - o.sessionLogs, topicRecords - o.topicRecords, consumed - o.consumed);
        }
    }

    private Counts counts() throws SQLException {
        long logs = queryLong("progress", "select count(*) from session_log");
        long consumed = queryLong("plan", "select count(*) from processed_event where consumer = 'plan-service.progression'");
        Properties p = new Properties();
        p.put("bootstrap.servers", HOST + ":" + kafkaPort);
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        long records;
        try (var consumer = new KafkaConsumer<byte[], byte[]>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor("progress.sessions").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            records = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
        return new Counts(logs, records - queryLong("progress", Capacity.OTHER_SESSION_TOPIC_EVENTS), consumed);
    }

    /** Row 4's logging load: each caller is one client logging its own planned session. */
    private java.util.function.IntFunction<byte[]> loggerRequests() {
        String hostPort = HOST + ":" + gatewayPort;
        return caller -> {
            Client c = loggers.get(caller);
            // A key per request, as a real app sends one per logged session
            String key = "Idempotency-Key: bench-" + runId + "-" + keys.incrementAndGet() + "\r\n";
            return RawHttp.postJson(hostPort, "/api/v1/sessions", c.token, key, sessionBody(c, 0, null));
        };
    }

    private void loggingRow() throws Exception {
        refreshClientTokens();
        Counts before = counts();
        say("Row 4: 16 clients logging sessions through the gateway, warm-up %.0f s, then %.0f s measured",
                options.logWarmup(), options.seconds() * options.rounds());
        Load.Stats warm = Load.closed(HOST, gatewayPort, 16, options.logWarmup(), loggerRequests(), 201);
        Load.Stats s = Load.closed(HOST, gatewayPort, 16, options.seconds() * options.rounds(), loggerRequests(), 201);
        say("  %.0f sessions/s  p50 %.1f ms  p99 %.1f ms  errors %d %s", s.perSecond(), s.millis(50), s.millis(99),
                s.failed(), s.failed() == 0 ? "" : s.failures());
        long acked = warm.ok() + s.ok();
        Loss loss = drain("row 4", before, acked);
        criteria.add(new Criterion("4", "`POST /api/v1/sessions` through the gateway, 16 client loggers", "-",
                String.format(Locale.ROOT, "%.0f sessions/s", s.perSecond()) + errors(s), ">= 1,000/s",
                s.perSecond() >= 1000 && s.failed() == 0, s.perSecond() / 1000));
        criteria.add(new Criterion("4", "the same, latency", "-",
                String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f)", s.millis(99), s.millis(50)), "p99 < 50 ms",
                s.millis(99) < 50, 50 / s.millis(99)));
        criteria.add(new Criterion("4", "loss check after the load: acknowledged = `session_log` rows = "
                + "`progress.sessions` records = consumed by plan-service", acked + " acknowledged", loss.summary(),
                "none lost", loss.none(), loss.none() ? 1 : 0));
        details.add(String.format(Locale.ROOT, "Row 4: %d sessions acknowledged (201) in %.0f s of warm-up and %.0f s measured; "
                + "measured: %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d %s (warm-up errors %d %s)",
                acked, options.logWarmup(), s.seconds(), s.perSecond(), s.millis(50), s.millis(99), s.millis(100),
                s.failed(), s.failed() == 0 ? "" : s.failures(), warm.failed(), warm.failed() == 0 ? "" : warm.failures()));
        details.add("Loss check after row 4: " + loss.detail());
    }

    record Loss(long acked, Counts delta, double drainSeconds, boolean drained) {
        boolean none() {
            return drained && delta.sessionLogs() == acked && delta.topicRecords() == acked && delta.consumed() == acked;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d / %d / %d / %d, %s", acked, delta.sessionLogs(), delta.topicRecords(),
                    delta.consumed(), drained ? String.format(Locale.ROOT, "drained in %.1f s", drainSeconds)
                            : String.format(Locale.ROOT, "not drained after %.0f s", drainSeconds));
        }

        String detail() {
            return String.format(Locale.ROOT, "%d acknowledged, %d rows in `session_log`, %d records on `progress.sessions`, "
                    + "%d consumed by plan-service (`processed_event`, consumer `plan-service.progression`); %s",
                    acked, delta.sessionLogs(), delta.topicRecords(), delta.consumed(),
                    drained ? String.format(Locale.ROOT, "the pipeline drained %.1f s after the load ended", drainSeconds)
                            : String.format(Locale.ROOT, "still not drained %.0f s after the load ended", drainSeconds));
        }
    }

    /** Waits (boundedly) until every acknowledged session is on the topic and consumed, then counts. */
    private Loss drain(String what, Counts before, long acked) throws Exception {
        long start = System.nanoTime();
        long bound = TimeUnit.SECONDS.toNanos(options.quick() ? 120 : 300);
        Counts delta;
        while (true) {
            delta = counts().minus(before);
            boolean done = delta.topicRecords() >= acked && delta.consumed() >= acked;
            if (done || System.nanoTime() - start > bound) {
                double seconds = (System.nanoTime() - start) / 1e9;
                Loss loss = new Loss(acked, delta, seconds, done);
                say("  loss check %s: %s", what, loss.detail());
                return loss;
            }
            Thread.sleep(50);
        }
    }

    // ---------------------------------------------------------------- row 5

    record PainTarget(Client client, int sessionIndex, String exerciseId) {
    }

    private List<PainTarget> painTargets() {
        List<PainTarget> perClientRounds = new ArrayList<>();
        List<List<PainTarget>> byClient = new ArrayList<>();
        for (Client c : painClients) {
            // Distinct exercises of the plan, each with a session holding it; a pause applies to every row of it
            Map<String, Integer> firstSession = new LinkedHashMap<>();
            for (int s = 0; s < c.sessions.size(); s++) {
                for (PlannedSession.PlannedExercise e : c.sessions.get(s).exercises()) firstSession.putIfAbsent(e.exerciseId(), s);
            }
            List<PainTarget> mine = new ArrayList<>();
            // At most three per session and six per client: no session of the plan is left without exercises
            Map<Integer, Integer> perSession = new java.util.HashMap<>();
            for (var entry : firstSession.entrySet()) {
                if (mine.size() == 6) break;
                if (perSession.merge(entry.getValue(), 1, Integer::sum) > 3) continue;
                mine.add(new PainTarget(c, entry.getValue(), entry.getKey()));
            }
            byClient.add(mine);
        }
        for (int k = 0; k < 6; k++) {
            for (List<PainTarget> mine : byClient) if (k < mine.size()) perClientRounds.add(mine.get(k));
        }
        return perClientRounds;
    }

    private void painRow() throws Exception {
        refreshClientTokens();
        List<PainTarget> targets = painTargets();
        int perPhase = Math.min(options.painSamples(), targets.size() / 2);
        Counts before = counts();
        say("Row 5: %d pain samples on a quiet system, a burst of 1,000 session logs, then %d samples right after it",
                perPhase, perPhase);
        long[] acked = {0};
        long[] quietUnseen = {0};
        long[] afterUnseen = {0};
        List<Long> quiet = painSamples(targets.subList(0, perPhase), acked, quietUnseen);
        Load.Stats burst = Load.closed(HOST, gatewayPort, 16, 600, 1000, loggerRequests(), 201);
        say("  burst: %d acknowledged in %.1f s (%.0f/s), errors %d", burst.ok(), burst.seconds(), burst.perSecond(), burst.failed());
        List<Long> after = painSamples(targets.subList(perPhase, 2 * perPhase), acked, afterUnseen);
        // failed: samples whose log was refused or whose pause was not seen within the time-out
        Load.Stats q = Load.Stats.of(quiet, perPhase - quiet.size() + quietUnseen[0], Map.of());
        Load.Stats a = Load.Stats.of(after, perPhase - after.size() + afterUnseen[0], Map.of());
        Loss loss = drain("row 5", before, acked[0] + burst.ok());
        say("  quiet p50 %.0f ms p99 %.0f ms; after the burst p50 %.0f ms p99 %.0f ms", q.millis(50), q.millis(99),
                a.millis(50), a.millis(99));
        criteria.add(new Criterion("5", "sharp pain logged -> exercise paused, seen in `GET /api/v1/plans/{id}/changes`, quiet system",
                "-", String.format(Locale.ROOT, "p99 %.0f ms (p50 %.0f, %d samples)", q.millis(99), q.millis(50), quiet.size())
                + (q.failed() == 0 ? "" : ", " + q.failed() + " refused or not seen within 90 s"),
                "p99 < 250 ms", q.millis(99) < 250 && q.failed() == 0, 250 / q.millis(99)));
        criteria.add(new Criterion("5", "the same, right after a burst of 1,000 session logs",
                String.format(Locale.ROOT, "burst at %.0f/s", burst.perSecond()),
                String.format(Locale.ROOT, "p99 %.0f ms (p50 %.0f, %d samples)", a.millis(99), a.millis(50), after.size())
                + (a.failed() == 0 ? "" : ", " + a.failed() + " refused or not seen within 90 s"),
                "p99 < 250 ms", a.millis(99) < 250 && a.failed() == 0, 250 / a.millis(99)));
        criteria.add(new Criterion("5", "loss check after the pain samples and the burst", (acked[0] + burst.ok()) + " acknowledged",
                loss.summary(), "none lost", loss.none(), loss.none() ? 1 : 0));
        details.add(String.format(Locale.ROOT, "Row 5: latency from sending the pain log to the first poll (every 5 ms, as "
                + "theo, through the gateway) that shows the exercise paused; quiet: p50 %.0f ms, p99 %.0f ms, max %.0f ms; "
                + "after the burst (1,000 logs by the 16 loggers in %.1f s, errors %d): p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                q.millis(50), q.millis(99), q.millis(100), burst.seconds(), burst.failed(), a.millis(50), a.millis(99), a.millis(100)));
        details.add("Loss check after row 5: " + loss.detail());
    }

    /** Each sample: one client logs sharp pain on a not yet paused exercise; the plan's changes are polled until it shows. */
    private static final long PAUSE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(90);

    private List<Long> painSamples(List<PainTarget> targets, long[] acked, long[] unseen) throws InterruptedException {
        List<Long> nanos = new ArrayList<>();
        for (PainTarget t : targets) {
            if (unseen[0] >= 3) break; // pausing is broken: the rest would only add time-outs (counted as errors)
            String body = sessionBody(t.client(), t.sessionIndex(), t.exerciseId());
            long t0 = System.nanoTime();
            var answer = api.send(gateway + "/api/v1/sessions", t.client().token, "POST", body, "pain-" + runId + "-" + keys.incrementAndGet());
            if (answer.status() != 201) {
                say("  a pain log answered %d: %s", answer.status(), answer.raw());
                continue;
            }
            acked[0]++;
            String url = gateway + "/api/v1/plans/" + t.client().planId + "/changes";
            String token = theo();
            long deadline = t0 + PAUSE_TIMEOUT_NANOS;
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                var changes = api.get(url, token);
                seen = changes.status() == 200 && paused(changes.body(), t.exerciseId());
                if (!seen) Thread.sleep(5);
            }
            // A pause never seen counts at the time-out: it must weigh in the percentiles, not vanish from them
            nanos.add(seen ? System.nanoTime() - t0 : PAUSE_TIMEOUT_NANOS);
            if (!seen) unseen[0]++;
        }
        return nanos;
    }

    private static boolean paused(JsonNode changes, String exerciseId) {
        if (changes == null) return false;
        for (JsonNode c : changes) {
            String kind = c.path("kind").asText();
            if (exerciseId.equals(c.path("exerciseId").asText()) && (kind.equals("paused") || kind.equals("regressed"))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- capacity

    /**
     * The figures docs/capacity.md rests on: throughput per instance of session logging and of plan-service's
     * consumption, CPU per session, bytes per row and per event, the hot queries' plans. No target: these are
     * inputs of the model, so they go to the details (and to deploy/target/bench-capacity.md), not the table.
     */
    private void capacitySection() throws Exception {
        refreshClientTokens();
        var capacity = new Capacity(this::database, HOST + ":" + kafkaPort, root, dataDirectory(), options.quick() ? 120 : 300);
        double seconds = options.seconds() * options.rounds();
        say("Capacity: 16 clients logging sessions for %.0f s on a drained pipeline, then how fast plan-service applies them", seconds);
        // Row 4 warms the session path up; without it, the load would measure the JIT compiler
        capacity.throughput(() -> options.measures("4") ? null
                        : Load.closed(HOST, gatewayPort, 16, options.logWarmup(), loggerRequests(), 201),
                () -> Load.closed(HOST, gatewayPort, 16, seconds, loggerRequests(), 201));
        say("Capacity: storage per row, Kafka bytes per event, index plans of the hot queries");
        capacity.storage();
        capacity.kafkaRecords();
        capacity.indexPlans();
        String section = "### Capacity figures\n\nMeasured for `docs/capacity.md`; one instance of each service, all sharing "
                + "the machine's cores with PostgreSQL, Kafka, Keycloak and the load generator.\n" + capacity.markdown();
        details.add(section);
        Path file = root.resolve("deploy/target/bench-capacity.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, section);
        say("Capacity figures also in %s", root.relativize(file));
    }

    // ---------------------------------------------------------------- row 7

    private void generatorRow() throws Exception {
        Path classes = root.resolve("plan-service/target/classes");
        Path testClasses = root.resolve("plan-service/target/test-classes");
        // The generator is plain Java; of the platform it only uses the shared contracts (household items)
        Path contracts = root.resolve("libs/contracts/target/classes");
        if (!Files.isDirectory(testClasses.resolve("dev/upright/plan/generation"))) {
            throw new IllegalStateException("plan-service's test classes are missing: build without -Dmaven.test.skip");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        // Single-threaded, so one core's work; not pinned with taskset: the JIT compiling on the same core as the
        // measured thread would weigh on a short run far more than on a long-lived service
        command.addAll(List.of(javaBin, "-cp", String.join(java.io.File.pathSeparator, testClasses.toString(),
                        classes.toString(), contracts.toString()),
                "dev.upright.plan.generation.GeneratorBenchmark", Integer.toString(options.plans()),
                Integer.toString(options.warmupPlans())));
        say("Row 7: GeneratorBenchmark, %d plans after %d warm-up, single-threaded", options.plans(), options.warmupPlans());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        say("  %s", output.trim());
        // The summary line (median round), not the first round's line, which still includes JIT warm-up
        Matcher m = Pattern.compile("([0-9.]+) plans/s on one thread").matcher(output);
        if (!m.find()) {
            criteria.add(new Criterion("7", "plan generator in-process", "-", "failed: " + output.trim(), ">= 20,000 plans/s", false, 0));
            return;
        }
        double perSecond = Double.parseDouble(m.group(1));
        criteria.add(new Criterion("7", "plan generator in-process (`GeneratorBenchmark`), single-threaded", "-",
                String.format(Locale.ROOT, "%,.0f plans/s", perSecond), ">= 20,000 plans/s", perSecond >= 20_000, perSecond / 20_000));
        details.add("Row 7 (stack stopped): " + output.trim());
    }

    // ---------------------------------------------------------------- row 8

    private static final List<String> SERVICES = List.of("catalog-service", "plan-service", "progress-service", "gateway");

    private void warmStartRow() throws Exception {
        say("Row 8: warm start of the whole stack on the data just used");
        long t0 = System.nanoTime();
        int exit = script("deploy/local/up.sh", "--detach", "--no-demo");
        double wall = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            criteria.add(new Criterion("8", "warm start", "-", "up.sh failed (exit " + exit + ")", "< 40 s", false, 0));
            return;
        }
        Path logs = dataDirectory().resolve("logs");
        String stackLog = Files.readString(logs.resolve("stack.log"));
        Matcher allUp = Pattern.compile("\\[\\s*([0-9.]+)s\\] All up").matcher(stackLog);
        Double launcher = null;
        while (allUp.find()) launcher = Double.parseDouble(allUp.group(1));
        Map<String, Double> starts = new LinkedHashMap<>();
        for (String service : SERVICES) starts.put(service, lastStartedIn(logs.resolve(service + ".log")));
        Double keycloak = lastStartedIn(logs.resolve("keycloak.log"));
        double slowest = starts.values().stream().mapToDouble(d -> d == null ? Double.NaN : d).max().orElse(Double.NaN);
        String each = String.join(", ", starts.entrySet().stream().map(e -> e.getKey().replace("-service", "") + " "
                + (e.getValue() == null ? "?" : String.format(Locale.ROOT, "%.2f s", e.getValue()))).toList());
        say("  up.sh --detach returned after %.1f s (launcher: All up at %s s); %s", wall, launcher, each);
        criteria.add(new Criterion("8", "warm start: `up.sh --detach` on existing data until \"All up\"", "-",
                String.format(Locale.ROOT, "%.1f s", wall), "< 40 s", wall < 40, 40 / wall));
        criteria.add(new Criterion("8", "each service's own start (\"started in\" in its log)", "-", each, "< 3 s each",
                slowest < 3, 3 / slowest));
        details.add(String.format(Locale.ROOT, "Row 8: `up.sh --detach` took %.1f s of wall-clock time; the launcher logged \"All up\" "
                + "at %s s; Keycloak's own start: %s s; services: %s", wall, launcher, keycloak, each));
    }

    private static Double lastStartedIn(Path log) throws IOException {
        if (!Files.exists(log)) return null;
        Matcher m = Pattern.compile("started in ([0-9.]+)s").matcher(Files.readString(log));
        Double last = null;
        while (m.find()) last = Double.parseDouble(m.group(1));
        return last;
    }

    // ---------------------------------------------------------------- environment and helpers

    private String loadAtStart;

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private Path dataDirectory() {
        String dir = System.getenv("UPRIGHT_DATA_DIR");
        return dir == null || dir.isBlank() ? root.resolve(".local-data") : Path.of(dir);
    }

    private int script(String script, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(root.resolve(script).toString());
        command.addAll(List.of(args));
        Path log = root.resolve("deploy/target/bench-stack.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return process.waitFor();
    }

    private Map<String, String> environment(String postgresVersion) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("unknown");
        env.put("Machine", Runtime.getRuntime().availableProcessors() + " cores (nproc), " + memory + ", " + cpu);
        env.put("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        String pom = Files.readString(root.resolve("pom.xml"));
        env.put("Quarkus", property(pom, "quarkus.platform.version"));
        env.put("Kafka", property(pom, "kafka.version"));
        env.put("Keycloak", property(pom, "keycloak.version"));
        env.put("PostgreSQL", postgresVersion);
        env.put("Load average (1, 5, 15 min)", "at the start " + loadAtStart + "; at the end " + loadAverage());
        return env;
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        return m.find() ? m.group(1) : "?";
    }

    private Connection database(String name) throws SQLException {
        // The local stack's demo credentials (see README)
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + postgresPort + "/" + name, "postgres", "postgres");
    }

    private long queryLong(String database, String sql) throws SQLException {
        try (Connection c = database(database); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String queryString(String database, String sql) throws SQLException {
        try (Connection c = database(database); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String rate(Load.Stats s) {
        return String.format(Locale.ROOT, "%,.0f req/s", s.perSecond());
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    private static String errors(Load.Stats s) {
        return s.failed() == 0 ? "" : String.format(Locale.ROOT, ", %d errors %s", s.failed(), s.failures());
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench %s] %s%n", java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
