package dev.upright.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;

import dev.upright.localservers.Http;
import dev.upright.localservers.KafkaServer;
import dev.upright.localservers.KeycloakServer;
import dev.upright.localservers.Ports;
import dev.upright.localservers.PostgresServer;
import dev.upright.localservers.ServerLayout;

/**
 * PostgreSQL, Kafka (KRaft) and Keycloak from their official images. Each container is published on a host port
 * chosen here, so that an outage can stop and start the same container (same data) behind the same address.
 */
final class ContainerServers implements Servers {

    private static final String POSTGRES_PASSWORD = "postgres";
    private static final int POSTGRES_PORT = 5432;
    private static final int KAFKA_PORT = 9092;
    private static final int KEYCLOAK_PORT = 8080;
    /** Keycloak's first start in a container builds the server; on a busy 2-core machine that takes minutes. */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;
    private final GenericContainer<?> keycloak;
    private final int postgresPort;
    private final int kafkaPort;
    private final int keycloakPort;

    private ContainerServers(PostgreSQLContainer postgres, KafkaContainer kafka, GenericContainer<?> keycloak,
            int postgresPort, int kafkaPort, int keycloakPort) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.postgresPort = postgresPort;
        this.kafkaPort = kafkaPort;
        this.keycloakPort = keycloakPort;
    }

    /** The images this path runs, in the versions the embedded path uses. */
    static List<String> images(ServerLayout.Versions versions) {
        return List.of("postgres:17", "apache/kafka:" + versions.kafka(), "quay.io/keycloak/keycloak:" + versions.keycloak());
    }

    static ContainerServers start(List<String> images) {
        long started = System.nanoTime();
        int postgresPort = Ports.findFree();
        int kafkaPort = Ports.findFree();
        int keycloakPort = Ports.findFree();
        var postgres = CompletableFuture.supplyAsync(() -> started(onHostPort(new PostgreSQLContainer(images.get(0))
                .withDatabaseName(TestServers.DATABASE)
                .withUsername(PostgresServer.USER)
                .withPassword(POSTGRES_PASSWORD), postgresPort, POSTGRES_PORT)));
        var kafka = CompletableFuture.supplyAsync(() -> {
            var container = started(onHostPort(new KafkaContainer(images.get(1))
                    .withEnv("KAFKA_HEAP_OPTS", "-Xms128m -Xmx512m"), kafkaPort, KAFKA_PORT));
            KafkaServer.createTopics(container.getBootstrapServers(), KafkaServer.Topic.platform());
            return container;
        });
        var keycloak = CompletableFuture.supplyAsync(() -> started(onHostPort(new GenericContainer<>(images.get(2))
                .withCommand("start-dev", "--import-realm")
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.DEMO_ADMIN_USER)
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.DEMO_ADMIN_PASSWORD)
                .withEnv("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m")
                .withCopyFileToContainer(MountableFile.forHostPath(TestServers.realmFile()),
                        "/opt/keycloak/data/import/" + KeycloakServer.REALM + "-realm.json")
                .withExposedPorts(KEYCLOAK_PORT)
                .waitingFor(Wait.forHttp("/realms/" + KeycloakServer.REALM + "/.well-known/openid-configuration")
                        .forPort(KEYCLOAK_PORT)
                        .withStartupTimeout(STARTUP_LIMIT)), keycloakPort, KEYCLOAK_PORT)));
        Servers.awaitAll(List.of(postgres, kafka, keycloak));
        var servers = new ContainerServers(postgres.join(), kafka.join(), keycloak.join(), postgresPort, kafkaPort,
                keycloakPort);
        System.out.printf("Test servers (containers) ready in %.1f s: %s on %d, %s on %s, %s at %s%n",
                (System.nanoTime() - started) / 1e9, images.get(0), postgresPort, images.get(1),
                servers.kafkaBootstrapServers(), images.get(2), servers.keycloakUrl());
        return servers;
    }

    private static <T extends GenericContainer<?>> T started(T container) {
        container.start();
        return container;
    }

    /**
     * Publishes the container's port on the given host port rather than a random one: a random one would change
     * when the container restarts, and the services under test (and Kafka's advertised listener) keep the first.
     */
    private static <T extends GenericContainer<?>> T onHostPort(T container, int hostPort, int containerPort) {
        container.withCreateContainerCmdModifier(command -> command.getHostConfig().withPortBindings(
                new PortBinding(com.github.dockerjava.api.model.Ports.Binding.bindPort(hostPort),
                        ExposedPort.tcp(containerPort))));
        return container;
    }

    /** Kafka keeps its log in the container, and its advertised listener names the same host port after a restart. */
    @Override
    public void whileKafkaIsDown(Runnable action) {
        outage(kafka, action, () -> KafkaServer.answers(kafka.getHost(), kafkaPort));
    }

    /** The image stops PostgreSQL with a fast shutdown; the restarted container has the data it had. */
    @Override
    public void whilePostgresIsDown(Runnable action) {
        outage(postgres, action, () -> execSucceeds(postgres, "pg_isready", "-h", "localhost", "-U", PostgresServer.USER));
    }

    /** Keycloak keeps its realm in the container's development database, so users, ids and keys survive. */
    @Override
    public void whileKeycloakIsDown(Runnable action) {
        outage(keycloak, action, () -> Http.isOk(keycloakRealmUrl() + "/.well-known/openid-configuration"));
        Tokens.forgetAll();
    }

    private static void outage(GenericContainer<?> container, Runnable action, BooleanSupplier ready) {
        DockerClient docker = DockerClientFactory.instance().client();
        String id = container.getContainerId();
        Servers.outage(() -> docker.stopContainerCmd(id).withTimeout(20).exec(), action, () -> {
            docker.startContainerCmd(id).exec();
            await("container " + container.getDockerImageName() + " ready again").atMost(STARTUP_LIMIT)
                    .pollInterval(Duration.ofMillis(500)).until(ready::getAsBoolean);
        });
    }

    private static boolean execSucceeds(GenericContainer<?> container, String... command) {
        DockerClient docker = DockerClientFactory.instance().client();
        try {
            String exec = docker.execCreateCmd(container.getContainerId()).withCmd(command).exec().getId();
            docker.execStartCmd(exec).start().awaitCompletion(10, TimeUnit.SECONDS);
            Long exitCode = docker.inspectExecCmd(exec).exec().getExitCodeLong();
            return exitCode != null && exitCode == 0;
        } catch (RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgresPort + "/" + TestServers.DATABASE;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String keycloakUrl() {
        return "http://" + keycloak.getHost() + ":" + keycloakPort;
    }

    @Override
    public String keycloakRealmUrl() {
        return keycloakUrl() + "/realms/" + KeycloakServer.REALM;
    }

    @Override
    public void close() {
        Servers.closeAll(keycloak::stop, kafka::stop, postgres::stop);
    }
}
