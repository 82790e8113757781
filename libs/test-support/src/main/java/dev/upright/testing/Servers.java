package dev.upright.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One way of running the test servers; {@link TestServers} hands callers the one {@link ServerSelection} chose. */
interface Servers extends AutoCloseable {

    String jdbcUrl();

    String kafkaBootstrapServers();

    String keycloakUrl();

    String keycloakRealmUrl();

    /** Stops the broker, runs the action, and starts it again on the same port and data. */
    void whileKafkaIsDown(Runnable action);

    /** Stops PostgreSQL (open connections are cut), runs the action, and starts it again on the same port and data. */
    void whilePostgresIsDown(Runnable action);

    /** Stops Keycloak, runs the action, starts it again on the same port, and drops the tokens cached for tests. */
    void whileKeycloakIsDown(Runnable action);

    @Override
    void close();

    /** The server comes back even when the action fails, or every later test of the module fails with it. */
    static void outage(Runnable stop, Runnable action, Runnable restart) {
        stop.run();
        try {
            action.run();
        } finally {
            restart.run();
        }
    }

    /**
     * Waits for servers started in parallel. When one fails, the others are stopped before the failure is thrown,
     * or they outlive the test JVM.
     */
    static void awaitAll(List<CompletableFuture<? extends AutoCloseable>> servers) {
        try {
            servers.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            CompletableFuture.allOf(servers.toArray(CompletableFuture[]::new)).exceptionally(ignored -> null).join();
            for (CompletableFuture<? extends AutoCloseable> server : servers) {
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
    }

    /** Stops each server, the later ones even when an earlier one fails to stop. */
    static void closeAll(AutoCloseable... servers) {
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Could not stop a test server: " + e.getMessage());
            }
        }
    }
}
