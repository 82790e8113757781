package dev.upright.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.upright.localservers.KafkaServer;
import dev.upright.localservers.KeycloakServer;
import dev.upright.localservers.Ports;
import dev.upright.localservers.PostgresServer;
import dev.upright.localservers.ServerLayout;

/**
 * The real servers behind one module's tests: started once per test JVM (in parallel), shared by every
 * test class of the module, stopped when the JVM exits.
 */
public final class TestServers {

    public static final String DATABASE = "service";
    private static final List<KafkaServer.Topic> TOPICS = KafkaServer.Topic.platform();

    private static TestServers running;

    private final ServerLayout layout;
    private final Path work;
    private final int postgresPort;
    private final int kafkaPort;
    private final int kafkaControllerPort;
    private final int keycloakPort;
    private final int keycloakManagementPort;
    private volatile PostgresServer postgres;
    private volatile KafkaServer kafka;
    private volatile KeycloakServer keycloak;

    private TestServers(PostgresServer postgres, KafkaServer kafka, KeycloakServer keycloak, ServerLayout layout,
            Path work, int kafkaPort, int kafkaControllerPort, int keycloakManagementPort) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.layout = layout;
        this.work = work;
        this.postgresPort = postgres.port();
        this.kafkaPort = kafkaPort;
        this.kafkaControllerPort = kafkaControllerPort;
        this.keycloakPort = keycloak.port();
        this.keycloakManagementPort = keycloakManagementPort;
    }

    public static synchronized TestServers get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "test-servers-stop"));
        }
        return running;
    }

    private static TestServers start() {
        long started = System.nanoTime();
        var layout = ServerLayout.fromBuild();
        Path work = workDirectory();
        int postgresPort = Ports.findFree();
        var postgres = CompletableFuture.supplyAsync(() -> {
            var server = startPostgres(work, postgresPort);
            server.ensureDatabase(DATABASE);
            return server;
        });
        int kafkaPort = Ports.findFree();
        int kafkaControllerPort = Ports.findFree();
        var kafka = CompletableFuture.supplyAsync(() -> startKafka(layout, work, kafkaPort, kafkaControllerPort));
        int keycloakManagementPort = Ports.findFree();
        var keycloak = CompletableFuture.supplyAsync(() -> startKeycloak(layout, work, Ports.findFree(),
                keycloakManagementPort));
        TestServers servers;
        try {
            servers = new TestServers(postgres.join(), kafka.join(), keycloak.join(), layout, work, kafkaPort,
                    kafkaControllerPort, keycloakManagementPort);
        } catch (RuntimeException e) {
            // One server failed: stop the others, or they outlive the test JVM
            CompletableFuture.allOf(postgres, kafka, keycloak).exceptionally(ignored -> null).join();
            for (CompletableFuture<? extends AutoCloseable> server : List.of(postgres, kafka, keycloak)) {
                if (!server.isCompletedExceptionally()) {
                    try {
                        server.join().close();
                    } catch (Exception closing) {
                        e.addSuppressed(closing);
                    }
                }
            }
            throw e;
        }
        System.out.printf("Test servers (embedded, no Docker) ready in %.1f s: PostgreSQL 17 on %d, Kafka %s on %s,"
                + " Keycloak %s at %s; logs in %s%n", (System.nanoTime() - started) / 1e9, servers.postgres.port(),
                layout.kafkaVersion(), servers.kafka.bootstrapServers(), layout.keycloakVersion(), servers.keycloak.url(), work);
        return servers;
    }

    /** In a data directory of its own, so that a restart finds the databases it had. */
    private static PostgresServer startPostgres(Path work, int port) {
        return PostgresServer.start(port, work.resolve("postgres"), false);
    }

    private static KafkaServer startKafka(ServerLayout layout, Path work, int port, int controllerPort) {
        return KafkaServer.start(layout, port, controllerPort, work.resolve("kafka"), work.resolve("kafka.log"), TOPICS);
    }

    private static KeycloakServer startKeycloak(ServerLayout layout, Path work, int port, int managementPort) {
        return KeycloakServer.start(layout, port, managementPort, realmFile(), new KeycloakServer.Storage.InMemory(),
                work.resolve("keycloak.log"));
    }

    /**
     * Stops the broker, runs the action, and starts the broker again on the same ports and data, as after
     * a real outage. Tests of one module run one at a time, so no other test sees the gap.
     */
    public synchronized void whileKafkaIsDown(Runnable action) {
        outage(kafka::close, action, () -> kafka = startKafka(layout, work, kafkaPort, kafkaControllerPort));
    }

    /**
     * Stops PostgreSQL (a fast shutdown: open connections are cut), runs the action, and starts it again on the
     * same port and data directory, so the services' pools reconnect to the data they had.
     */
    public synchronized void whilePostgresIsDown(Runnable action) {
        outage(postgres::close, action, () -> postgres = startPostgres(work, postgresPort));
    }

    /**
     * Stops Keycloak, runs the action, and starts it again on the same ports. Its storage is in memory, so the
     * restart imports the realm anew: same users and clients, but new user ids and signing keys. Tokens cached
     * for tests are dropped, so later tests log in again and get the new ones.
     */
    public synchronized void whileKeycloakIsDown(Runnable action) {
        outage(keycloak::close, action, () -> {
            keycloak = startKeycloak(layout, work, keycloakPort, keycloakManagementPort);
            Tokens.forgetAll();
        });
    }

    /** The server comes back even when the action fails, or every later test of the module fails with it. */
    private static void outage(Runnable stop, Runnable action, Runnable restart) {
        stop.run();
        try {
            action.run();
        } finally {
            restart.run();
        }
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Keycloak's base URL, without a realm: where its admin API lives. */
    public String keycloakUrl() {
        return keycloak.url();
    }

    public String keycloakRealmUrl() {
        return keycloak.realmUrl();
    }

    private void stop() {
        for (AutoCloseable server : new AutoCloseable[] { keycloak, kafka, postgres }) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Could not stop a test server: " + e.getMessage());
            }
        }
    }

    /** The realm the local stack imports: tests log in exactly as users of the platform do. */
    public static Path realmFile() {
        Path file = projectRoot().resolve("deploy/keycloak/upright-realm.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Realm file not found at " + file);
        }
        return file;
    }

    public static Path projectRoot() {
        String root = System.getProperty("upright.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        // Run from an IDE: walk up from the module to the folder holding the Maven wrapper
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the project root; set -Dupright.root");
        }
        return dir;
    }

    private static Path workDirectory() {
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            return Files.createTempDirectory(target.toAbsolutePath(), "test-servers-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
