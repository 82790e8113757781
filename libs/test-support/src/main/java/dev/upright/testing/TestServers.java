package dev.upright.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.upright.localservers.ServerLayout;

/**
 * The real servers behind one module's tests: started once per test JVM (in parallel), shared by every
 * test class of the module, stopped when the JVM exits.
 */
/**
 * The real servers behind one module's tests: started once per test JVM, shared by every test class of the module,
 * stopped when the JVM exits. They come from Docker containers of the official images or from embedded processes,
 * as {@link ServerSelection} decides ({@code -Dupright.servers=embedded|containers|auto}, auto by default).
 */
public final class TestServers {

    public static final String DATABASE = "service";

    private static TestServers running;

    private final Servers servers;

    private TestServers(Servers servers) {
        this.servers = servers;
    }

    public static synchronized TestServers get() {
        if (running == null) {
            running = new TestServers(start());
            Runtime.getRuntime().addShutdownHook(new Thread(running.servers::close, "test-servers-stop"));
        }
        return running;
    }

    private static Servers start() {
        List<String> images = ContainerServers.images(ServerLayout.versions());
        var choice = ServerSelection.choose(ServerSelection.setting(), images, new DockerEngine());
        System.out.println(choice.describe());
        return switch (choice.kind()) {
            case EMBEDDED -> EmbeddedServers.start();
            case CONTAINERS -> ContainerServers.start(images);
        };
    }

    /**
     * Stops the broker, runs the action, and starts the broker again on the same port and data, as after
     * a real outage. Tests of one module run one at a time, so no other test sees the gap.
     */
    public synchronized void whileKafkaIsDown(Runnable action) {
        servers.whileKafkaIsDown(action);
    }

    /**
     * Stops PostgreSQL (a fast shutdown: open connections are cut), runs the action, and starts it again on the
     * same port and data, so the services' pools reconnect to the data they had.
     */
    public synchronized void whilePostgresIsDown(Runnable action) {
        servers.whilePostgresIsDown(action);
    }

    /**
     * Stops Keycloak, runs the action, and starts it again on the same port, with the same realm, users and clients.
     * Tokens cached for tests are dropped, so later tests log in again. The embedded Keycloak keeps its data in
     * memory, so after its restart user ids and signing keys are new.
     */
    public synchronized void whileKeycloakIsDown(Runnable action) {
        servers.whileKeycloakIsDown(action);
    }

    public String jdbcUrl() {
        return servers.jdbcUrl();
    }

    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    /** Keycloak's base URL, without a realm: where its admin API lives. */
    public String keycloakUrl() {
        return servers.keycloakUrl();
    }

    public String keycloakRealmUrl() {
        return servers.keycloakRealmUrl();
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
}
