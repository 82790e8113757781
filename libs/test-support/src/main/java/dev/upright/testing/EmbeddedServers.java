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

/** PostgreSQL, Kafka and Keycloak as processes of their own, from Maven artifacts: no Docker needed. */
final class EmbeddedServers implements Servers {

    private static final List<KafkaServer.Topic> TOPICS = KafkaServer.Topic.platform();

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

    private EmbeddedServers(PostgresServer postgres, KafkaServer kafka, KeycloakServer keycloak, ServerLayout layout,
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

    static EmbeddedServers start() {
        long started = System.nanoTime();
        var layout = ServerLayout.fromBuild();
        Path work = workDirectory();
        int postgresPort = Ports.findFree();
        var postgres = CompletableFuture.supplyAsync(() -> {
            var server = startPostgres(work, postgresPort);
            server.ensureDatabase(TestServers.DATABASE);
            return server;
        });
        int kafkaPort = Ports.findFree();
        int kafkaControllerPort = Ports.findFree();
        var kafka = CompletableFuture.supplyAsync(() -> startKafka(layout, work, kafkaPort, kafkaControllerPort));
        int keycloakManagementPort = Ports.findFree();
        var keycloak = CompletableFuture.supplyAsync(() -> startKeycloak(layout, work, Ports.findFree(),
                keycloakManagementPort));
        Servers.awaitAll(List.of(postgres, kafka, keycloak));
        var servers = new EmbeddedServers(postgres.join(), kafka.join(), keycloak.join(), layout, work, kafkaPort,
                kafkaControllerPort, keycloakManagementPort);
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
        return KeycloakServer.start(layout, port, managementPort, TestServers.realmFile(),
                new KeycloakServer.Storage.InMemory(), work.resolve("keycloak.log"));
    }

    @Override
    public void whileKafkaIsDown(Runnable action) {
        Servers.outage(kafka::close, action, () -> kafka = startKafka(layout, work, kafkaPort, kafkaControllerPort));
    }

    /** A fast shutdown, and the same data directory on restart, so the services' pools reconnect to the data they had. */
    @Override
    public void whilePostgresIsDown(Runnable action) {
        Servers.outage(postgres::close, action, () -> postgres = startPostgres(work, postgresPort));
    }

    /**
     * Keycloak's storage is in memory, so the restart imports the realm anew: same users and clients, but new user
     * ids and signing keys.
     */
    @Override
    public void whileKeycloakIsDown(Runnable action) {
        Servers.outage(keycloak::close, action, () -> {
            keycloak = startKeycloak(layout, work, keycloakPort, keycloakManagementPort);
            Tokens.forgetAll();
        });
    }

    @Override
    public String jdbcUrl() {
        return postgres.jdbcUrl(TestServers.DATABASE);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String keycloakUrl() {
        return keycloak.url();
    }

    @Override
    public String keycloakRealmUrl() {
        return keycloak.realmUrl();
    }

    @Override
    public void close() {
        Servers.closeAll(keycloak, kafka, postgres);
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
