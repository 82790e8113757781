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
    private static final List<KafkaServer.Topic> TOPICS = List.of(
            new KafkaServer.Topic("catalog.exercises", 3, true),
            new KafkaServer.Topic("plans.lifecycle", 3, false),
            new KafkaServer.Topic("progress.sessions", 3, false));

    private static TestServers running;

    private final PostgresServer postgres;
    private final KafkaServer kafka;
    private final KeycloakServer keycloak;

    private TestServers(PostgresServer postgres, KafkaServer kafka, KeycloakServer keycloak) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
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
        var postgres = CompletableFuture.supplyAsync(() -> {
            var server = PostgresServer.start(Ports.findFree(), null);
            server.ensureDatabase(DATABASE);
            return server;
        });
        var kafka = CompletableFuture.supplyAsync(() -> KafkaServer.start(layout, Ports.findFree(), Ports.findFree(),
                work.resolve("kafka"), work.resolve("kafka.log"), TOPICS));
        var keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(layout, Ports.findFree(), Ports.findFree(),
                realmFile(), new KeycloakServer.Storage.InMemory(), work.resolve("keycloak.log")));
        var servers = new TestServers(postgres.join(), kafka.join(), keycloak.join());
        System.out.printf("Test servers (embedded, no Docker) ready in %.1f s: PostgreSQL 17 on %d, Kafka %s on %s,"
                + " Keycloak %s at %s; logs in %s%n", (System.nanoTime() - started) / 1e9, servers.postgres.port(),
                layout.kafkaVersion(), servers.kafka.bootstrapServers(), layout.keycloakVersion(), servers.keycloak.url(), work);
        return servers;
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
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
