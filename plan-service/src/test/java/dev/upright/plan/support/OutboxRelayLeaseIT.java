package dev.upright.plan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import dev.upright.contracts.Topics;
import dev.upright.support.outbox.Outbox;
import dev.upright.support.outbox.OutboxRelay;
import dev.upright.support.outbox.OutboxWakeups;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One relay per service across its instances, woken by the instances' commits. The other instance is played by
 * this test on its own database connections, writing what that instance's {@link Outbox} and relay would.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class OutboxRelayLeaseIT {

    private static final String TYPE = "test.relay-lease-probe.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String OTHER_INSTANCE = "4242@another-host";

    record Probe(int number) {
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource database;

    @Inject
    MeterRegistry metrics;

    @Test
    void shouldWakeTheRelayWhenAnotherInstanceCommitsEvents() throws SQLException {
        String key = UUID.randomUUID().toString();
        UUID id = UUID.randomUUID();
        double heardBefore = heard();

        try (Connection otherInstance = database.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement insert = otherInstance.prepareStatement("""
                    insert into outbox_event (id, topic, event_key, event_type, tenant_id, payload, occurred_at)
                    values (?, ?, ?, ?, 'harbor', '{"number":1}', ?)""")) {
                insert.setObject(1, id);
                insert.setString(2, Topics.PLANS_LIFECYCLE);
                insert.setString(3, key);
                insert.setString(4, TYPE);
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            notifyCommit(otherInstance);
            otherInstance.commit();
        }

        await().atMost(TIMEOUT).until(() -> heard() > heardBefore);

        var sent = KafkaEvents.awaitAll(TestServers.get().kafkaBootstrapServers(), Topics.PLANS_LIFECYCLE,
                r -> key.equals(r.key()), 1, TIMEOUT, QUIET);
        assertThat(sent).extracting(e -> e.header("ce_id")).containsExactly(id.toString());
    }

    @Test
    void shouldAnnounceCommittedEventsToEveryInstanceAndRolledBackOnesToNone() throws SQLException {
        try (Connection listening = database.getConnection()) {
            try (Statement listen = listening.createStatement()) {
                listen.execute("listen " + Outbox.WAKE_CHANNEL);
            }
            PGConnection notifications = listening.unwrap(PGConnection.class);

            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, UUID.randomUUID().toString(), "harbor", new Probe(1));
                throw new IllegalStateException("the change failed");
            })).hasMessage("the change failed");
            assertThat(notifications.getNotifications((int) QUIET.toMillis())).as("after a rollback").isEmpty();

            QuarkusTransaction.requiringNew().run(() ->
                    outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, UUID.randomUUID().toString(), "harbor", new Probe(2)));
            assertThat(notifications.getNotifications((int) TIMEOUT.toMillis())).as("after a commit")
                    .extracting(n -> n.getName()).containsExactly(Outbox.WAKE_CHANNEL);
        }
    }

    @Test
    void shouldLeaveTheOutboxToTheInstanceHoldingTheRelayUntilItsHoldLapses() throws Exception {
        try {
            holdRelayAsAnotherInstance(Instant.now().plus(Duration.ofHours(1)));
            await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
                wakeEveryInstance();
                return !relay.relaying();
            });

            String key = UUID.randomUUID().toString();
            UUID id = QuarkusTransaction.requiringNew().call(() ->
                    outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, key, "harbor", new Probe(3)));
            wakeEveryInstance();
            Thread.sleep(QUIET);
            assertThat(published(id)).as("sent while another instance holds the relay").isFalse();

            // The other instance stopped renewing its hold a lease ago
            holdRelayAsAnotherInstance(Instant.now().minus(Duration.ofMinutes(1)));
            wakeEveryInstance();
            var sent = KafkaEvents.awaitAll(TestServers.get().kafkaBootstrapServers(), Topics.PLANS_LIFECYCLE,
                    r -> key.equals(r.key()), 1, TIMEOUT, QUIET);
            assertThat(sent).extracting(e -> e.header("ce_id")).containsExactly(id.toString());
            assertThat(relay.relaying()).isTrue();
        } finally {
            holdRelayAsAnotherInstance(Instant.now().minus(Duration.ofHours(1)));
            wakeEveryInstance();
        }
    }

    private double heard() {
        return metrics.get(OutboxWakeups.METRIC).counter().count();
    }

    private boolean published(UUID id) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select published_at is not null from outbox_event where id = ?")) {
            query.setObject(1, id);
            try (var result = query.executeQuery()) {
                assertThat(result.next()).as("event %s in the outbox", id).isTrue();
                return result.getBoolean(1);
            }
        }
    }

    /** Writes the relay's hold as another instance's, last renewed at {@code renewedAt}. */
    private void holdRelayAsAnotherInstance(Instant renewedAt) throws SQLException {
        try (Connection otherInstance = database.getConnection();
                PreparedStatement hold = otherInstance.prepareStatement("""
                        insert into job_round (job, started_at, instance) values (?, ?, ?)
                        on conflict (job) do update set started_at = excluded.started_at,
                        instance = excluded.instance""")) {
            hold.setString(1, OutboxRelay.JOB);
            hold.setTimestamp(2, Timestamp.from(renewedAt));
            hold.setString(3, OTHER_INSTANCE);
            hold.executeUpdate();
        }
    }

    private void wakeEveryInstance() throws SQLException {
        try (Connection otherInstance = database.getConnection()) {
            notifyCommit(otherInstance);
        }
    }

    private static void notifyCommit(Connection connection) throws SQLException {
        try (Statement notify = connection.createStatement()) {
            notify.execute("notify " + Outbox.WAKE_CHANNEL);
        }
    }
}
