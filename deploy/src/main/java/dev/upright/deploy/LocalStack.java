package dev.upright.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.upright.localservers.Http;
import dev.upright.localservers.KafkaServer;
import dev.upright.localservers.KeycloakServer;
import dev.upright.localservers.ManagedProcess;
import dev.upright.localservers.PostgresServer;
import dev.upright.localservers.RealmClients;
import dev.upright.localservers.ServerLayout;

/**
 * The whole platform on one machine without Docker: PostgreSQL, Kafka, Keycloak, then the four services,
 * each awaited until healthy. Stopping it stops everything it started, services first.
 */
public final class LocalStack implements AutoCloseable {

    static final List<KafkaServer.Topic> TOPICS = KafkaServer.Topic.platform();

    /** One process: a service's instance (the first is named after the service, the next "plan-service-2"...). */
    private record Service(String name, String module, int port, String database) {
    }

    private final StackSettings settings;
    private final PrintStream out;
    private final long startedAt = System.nanoTime();
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<ManagedProcess> processes = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<String, String> serviceOverrides = new HashMap<>();
    private PostgresServer postgres;

    private LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts everything or, if any part fails, stops what had started and rethrows. */
    public static LocalStack start(StackSettings settings, PrintStream out) {
        var stack = new LocalStack(settings, out);
        stack.start();
        return stack;
    }

    /** A stack not started yet: lets a caller install its shutdown hook before the first process exists. */
    public static LocalStack prepare(StackSettings settings, PrintStream out) {
        return new LocalStack(settings, out);
    }

    /**
     * Settings every service process gets in its environment on top of the stack's own, such as
     * {@code UPRIGHT_PROGRESS_SWEEP_INTERVAL}; for tests that need a service tuned. Call before {@link #start()}.
     */
    public LocalStack withServiceEnvironment(Map<String, String> overrides) {
        serviceOverrides.putAll(overrides);
        return this;
    }

    public void start() {
        try {
            startAll();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() {
        settings.requirePortsFree();
        var layout = ServerLayout.fromBuild();
        for (int k = 0; k < settings.instances(); k++) {
            services.add(instance("catalog-service", settings.catalogPort(), "catalog", k));
            services.add(instance("plan-service", settings.planPort(), "plan", k));
            services.add(instance("progress-service", settings.progressPort(), "progress", k));
        }
        services.add(new Service("gateway", "gateway", settings.gatewayPort(), null));
        services.forEach(this::requireBuilt);
        Path data = settings.dataDirectory();
        Path logs = data.resolve("logs");

        step("PostgreSQL 17 starting on port %d (data in %s)", settings.postgresPort(), data.resolve("postgres"));
        postgres = PostgresServer.start(settings.postgresPort(), data.resolve("postgres"));
        started.add(postgres);
        for (String database : List.of("catalog", "plan", "progress", "keycloak")) {
            postgres.ensureDatabase(database);
        }
        step("PostgreSQL ready: databases catalog, plan, progress, keycloak");

        // Kafka and Keycloak do not depend on each other: start them side by side
        step("Kafka %s (KRaft) starting on port %d; Keycloak %s starting on port %d%s", layout.kafkaVersion(),
                settings.kafkaPort(), layout.keycloakVersion(), settings.keycloakPort(),
                firstKeycloakStart(layout) ? " (first start builds the server: about a minute)" : "");
        var kafka = CompletableFuture.supplyAsync(() -> KafkaServer.start(layout, settings.kafkaPort(),
                settings.kafkaControllerPort(), data.resolve("kafka"), logs.resolve("kafka.log"), TOPICS));
        Path realmFile = settings.projectRoot().resolve("deploy/keycloak/upright-realm.json");
        var keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(layout, settings.keycloakPort(),
                settings.keycloakManagementPort(), realmFile,
                new KeycloakServer.Storage.Postgres(postgres.jdbcUrl("keycloak"), PostgresServer.USER, "postgres"),
                logs.resolve("keycloak.log")));
        try {
            KafkaServer kafkaServer = kafka.join();
            started.add(kafkaServer);
            step("Kafka ready: topics %s", TOPICS.stream().map(KafkaServer.Topic::name).toList());
            KeycloakServer keycloakServer = keycloak.join();
            started.add(keycloakServer);
            step("Keycloak ready: realm %s at %s", KeycloakServer.REALM, keycloakServer.realmUrl());
            addNewRealmClients(keycloakServer, realmFile);
            // Not earlier, although services would start without Keycloak: starting is CPU-bound, and on two cores
            // services booting beside Keycloak only slowed both (measured)
            startServices(logs);
        } catch (java.util.concurrent.CompletionException e) {
            // Let the other one finish starting, so close() can stop it too
            CompletableFuture.allOf(kafka, keycloak).exceptionally(ignored -> null).join();
            for (CompletableFuture<? extends AutoCloseable> server : List.of(kafka, keycloak)) {
                if (!server.isCompletedExceptionally() && !started.contains(server.join())) {
                    started.add(server.join());
                }
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        step("All up");
    }

    private Service instance(String module, int basePort, String database, int k) {
        return new Service(k == 0 ? module : module + "-" + (k + 1), module, settings.instancePort(basePort, k), database);
    }

    /** The base URLs of every instance of a service, comma-separated as the gateway takes them. */
    private String urlsOf(String module) {
        return String.join(",", services.stream().filter(s -> s.module().equals(module))
                .map(s -> "http://localhost:" + s.port()).toList());
    }

    /**
     * One at a time, each once the one before is ready: a JVM's start is CPU-bound, so on two cores four in turn
     * take only a few seconds longer in total than four together, and each starts in about a third of the time.
     */
    private void startServices(Path logs) {
        step("Services starting one at a time: %s", services.stream().map(s -> s.name() + " :" + s.port()).toList());
        for (Service service : services) {
            startService(service, logs);
        }
    }

    private void startService(Service service, Path logs) {
        var process = ManagedProcess.start(service.name(), serviceCommand(service), serviceEnvironment(service, postgres),
                settings.projectRoot(), logs.resolve(service.name() + ".log"));
        processes.add(process);
        process.awaitReady("healthy at /q/health/ready", Duration.ofSeconds(120),
                () -> Http.isOk("http://localhost:" + service.port() + "/q/health/ready"));
        step("%s healthy on port %d", service.name(), service.port());
    }

    /**
     * Kills one service at once with SIGKILL, as a crash or an out-of-memory kill would: no shutdown hook runs,
     * nothing is flushed. For fault tests; {@link #restart(String)} starts it again.
     */
    public synchronized void kill(String service) {
        ManagedProcess process = processOf(service);
        process.kill();
        processes.remove(process);
        step("%s killed (SIGKILL, pid %d)", service, process.pid());
    }

    /** Starts a service that {@link #kill(String)} ended, on the same port and database, and waits until it is healthy. */
    public synchronized void restart(String service) {
        if (processes.stream().anyMatch(p -> p.name().equals(service))) {
            throw new IllegalStateException(service + " is still running");
        }
        Service wanted = services.stream().filter(s -> s.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + service));
        startService(wanted, settings.dataDirectory().resolve("logs"));
    }

    /** The instance names of a service ("plan-service", "plan-service-2", ...), running or not, in start order. */
    public List<String> instancesOf(String module) {
        return services.stream().filter(s -> s.module().equals(module)).map(Service::name).toList();
    }

    /** The port an instance listens on. */
    public int portOf(String instance) {
        return services.stream().filter(s -> s.name().equals(instance)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + instance)).port();
    }

    private ManagedProcess processOf(String service) {
        return processes.stream().filter(p -> p.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    }

    /** The realm is imported on the first start only: clients and mappers added to the file since then are added now. */
    private void addNewRealmClients(KeycloakServer keycloak, Path realmFile) {
        try {
            List<String> added = RealmClients.addMissing(keycloak, realmFile);
            if (!added.isEmpty()) {
                step("Keycloak: added %s from the realm file to the existing realm", added);
            }
        } catch (RuntimeException e) {
            // The rest of the platform still works; only what needs those clients does not
            step("Keycloak: could not add the realm file's new clients (%s); deploy/local/up.sh --fresh imports"
                    + " the whole realm again", e.getMessage());
        }
    }

    private List<String> serviceCommand(Service service) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path build = jarOf(service).getParent();
        var cache = new StartupCache(build.getParent().resolve("startup-cache"), service.module(),
                Runtime.version().feature());
        List<String> command = new ArrayList<>(List.of(java,
                // A young space large enough that a busy second costs a few collections, not dozens of short stops
                "-Xms192m", "-Xmn96m", "-Xmx512m", "-XX:+UseSerialGC"));
        // The first instance only: two JVMs writing one cache file on their way out would spoil it
        if (service.name().equals(service.module())) {
            command.addAll(cache.jvmOptions(build));
        }
        command.addAll(List.of("-jar", jarOf(service).toString()));
        return command;
    }

    private Map<String, String> serviceEnvironment(Service service, PostgresServer postgres) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", settings.keycloakUrl() + "/realms/" + KeycloakServer.REALM);
        if (service.module().equals("plan-service")) {
            // Its admin-API client for client accounts (the secret stays the realm file's demo default)
            env.put("UPRIGHT_ACCOUNTS_SERVER_URL", settings.keycloakUrl());
        }
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + settings.kafkaPort());
        } else {
            env.put("UPRIGHT_GATEWAY_SERVICES_CATALOG_URL", urlsOf("catalog-service"));
            env.put("UPRIGHT_GATEWAY_SERVICES_PLAN_URL", urlsOf("plan-service"));
            env.put("UPRIGHT_GATEWAY_SERVICES_PROGRESS_URL", urlsOf("progress-service"));
        }
        env.putAll(serviceOverrides);
        return env;
    }

    private Path jarOf(Service service) {
        return settings.projectRoot().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private void requireBuilt(Service service) {
        if (!Files.isRegularFile(jarOf(service))) {
            throw new IllegalStateException(service.name() + " is not built (" + jarOf(service)
                    + " is missing): run ./mvnw -DskipTests package first");
        }
    }

    private static boolean firstKeycloakStart(ServerLayout layout) {
        return !Files.exists(layout.keycloakHome().resolve("lib/quarkus/build-system.properties"));
    }

    public StackSettings settings() {
        return settings;
    }

    /** Process ids of everything the stack runs as a child process, for checks that nothing is left behind. */
    public List<Long> childProcessIds() {
        List<Long> ids = new ArrayList<>();
        processes.forEach(p -> ids.add(p.pid()));
        started.stream().filter(KafkaServer.class::isInstance).map(KafkaServer.class::cast)
                .forEach(k -> ids.add(k.process().pid()));
        started.stream().filter(KeycloakServer.class::isInstance).map(KeycloakServer.class::cast)
                .forEach(k -> ids.add(k.process().pid()));
        return ids;
    }

    private void step(String format, Object... args) {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        synchronized (out) {
            out.printf("[%6.1fs] %s%n", seconds, String.format(format, args));
        }
    }

    /** Stops the services first (they still flush to Kafka and the database), then the servers, newest first. */
    @Override
    public synchronized void close() {
        var stopping = processes.stream()
                // Long enough for a first start's JVM to write its startup cache on the way out
                .map(p -> CompletableFuture.runAsync(() -> p.stop(Duration.ofSeconds(60))))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(stopping).join();
        processes.clear();
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                out.println("Could not stop " + started.get(i).getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        started.clear();
    }

    /**
     * Stops Kafka, runs the action, and starts Kafka again on the same ports and data directory, as after a real
     * outage: the services keep running and reconnect by themselves. Kafka comes back even when the action fails,
     * or every later test of the run fails with it.
     */
    public synchronized void whileKafkaIsDown(Runnable action) {
        KafkaServer kafka = started.stream().filter(KafkaServer.class::isInstance).map(KafkaServer.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("Kafka is not running"));
        int position = started.indexOf(kafka);
        kafka.close();
        step("Kafka stopped");
        try {
            action.run();
        } finally {
            Path data = settings.dataDirectory();
            started.set(position, KafkaServer.start(ServerLayout.fromBuild(), settings.kafkaPort(),
                    settings.kafkaControllerPort(), data.resolve("kafka"), data.resolve("logs").resolve("kafka.log"),
                    TOPICS));
            step("Kafka back on port %d", settings.kafkaPort());
        }
    }
}
