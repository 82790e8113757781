package dev.upright.support.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Wakes this instance's relay when another instance of the service commits events, so that they leave within
 * milliseconds wherever they were written rather than at the relay's next poll. Listens on
 * {@value Outbox#WAKE_CHANNEL} on a connection of its own, outside the pool: a listening connection stays open for
 * the life of the service, and a pooled one would be returned and reused. A lost connection (the database
 * restarted) is opened again, with a wake-up for whatever was committed meanwhile; until then the poll covers.
 */
@ApplicationScoped
public class OutboxWakeups {

    private static final Logger LOG = Logger.getLogger(OutboxWakeups.class);
    /** How long one wait for notifications lasts, so that a stopping service is noticed. */
    private static final int WAIT_MILLIS = 1_000;
    private static final long QUIET_CHECK_NANOS = 30_000_000_000L;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private Thread listener;

    /** The name of the counter of notifications heard, whichever instance committed. */
    public static final String METRIC = "upright_outbox_wakeups";

    private Counter heard;

    void start(@Observes StartupEvent started, MeterRegistry metrics) {
        heard = Counter.builder(METRIC)
                .description("Commits of events announced to this instance by the database, from any instance")
                .register(metrics);
        running = true;
        listener = Thread.ofPlatform().name("outbox-wakeups").daemon().start(this::listenUntilStopped);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.join(2L * WAIT_MILLIS);
        }
    }

    private void listenUntilStopped() {
        boolean warned = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username.orElse(null), password.orElse(null))) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + Outbox.WAKE_CHANNEL);
                }
                if (warned) {
                    LOG.info("Listening for other instances' outbox commits again");
                    warned = false;
                }
                // Commits made while this was not listening announced themselves to no one
                relay.wake();
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        heard.increment(received.length);
                        relay.wake();
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > QUIET_CHECK_NANOS) {
                        // A connection dropped without a word only shows when something is sent on it
                        try (Statement check = connection.createStatement()) {
                            check.execute("select 1");
                        }
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (!warned && running) {
                    LOG.warnf("Not listening for other instances' outbox commits; the relay polls every %s until the"
                            + " database answers: %s", config.pollInterval(), e.toString());
                    warned = true;
                }
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
