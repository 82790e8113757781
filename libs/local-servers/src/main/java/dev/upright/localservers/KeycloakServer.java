package dev.upright.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the keycloak-quarkus-dist zip, in development mode, with the platform realm imported
 * on first start (an existing realm is kept, so users and changes survive restarts).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "upright";
    /** Demo-only bootstrap administrator of the local stack; never use these anywhere real. */
    public static final String DEMO_ADMIN_USER = "admin";
    public static final String DEMO_ADMIN_PASSWORD = "admin";

    /** How Keycloak stores its own data. */
    public sealed interface Storage {
        /** In memory: fast, gone when Keycloak stops (tests). */
        record InMemory() implements Storage {
        }

        /** In a PostgreSQL database (the local stack, whose data survives restarts). */
        record Postgres(String jdbcUrl, String user, String password) implements Storage {
        }
    }

    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KeycloakServer start(ServerLayout layout, int port, int managementPort, Path realmFile,
            Storage storage, Path logFile) {
        Path home = layout.keycloakHome();
        try {
            Path importDirectory = home.resolve("data/import");
            Files.createDirectories(importDirectory);
            Files.copy(realmFile, importDirectory.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stage the realm file " + realmFile + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm",
                "--health-enabled=true", "--hostname-strict=false"));
        switch (storage) {
            case Storage.InMemory ignored -> command.add("--db=dev-mem");
            case Storage.Postgres db -> command.addAll(List.of("--db=postgres", "--db-url=" + db.jdbcUrl(),
                    "--db-username=" + db.user(), "--db-password=" + db.password()));
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", DEMO_ADMIN_USER);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD);
        var process = ManagedProcess.start("Keycloak", command, environment, home, logFile);
        var server = new KeycloakServer(process, port);
        try {
            // A first start builds the server, which on a busy 2-core machine can take minutes
            process.awaitReady("realm " + REALM + " served on port " + port, Duration.ofSeconds(300),
                    () -> Http.isOk(server.realmUrl() + "/.well-known/openid-configuration"));
        } catch (RuntimeException e) {
            // A server that never became ready must not linger after the failure is reported
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
        return server;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
