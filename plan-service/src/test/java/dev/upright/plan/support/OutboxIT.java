package dev.upright.plan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.upright.contracts.Topics;
import dev.upright.support.outbox.Outbox;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** service-support's outbox and relay, from plan-service's database to the real Kafka. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class OutboxIT {

    private static final String TYPE = "test.outbox-probe.v1";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    // Long enough for a second send of the same events to show up behind them
    private static final Duration QUIET = Duration.ofSeconds(3);

    record Probe(int number) {
    }

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void shouldSendTheEventsOfACommittedTransactionOnceAndInOrder() {
        String key = UUID.randomUUID().toString();

        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(
                outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, key, "harbor", new Probe(1)),
                outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, key, "harbor", new Probe(2)),
                outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, key, "harbor", new Probe(3))));

        var sent = KafkaEvents.awaitAll(TestServers.get().kafkaBootstrapServers(), Topics.PLANS_LIFECYCLE,
                r -> key.equals(r.key()), 3, TIMEOUT, QUIET);
        assertThat(sent).extracting(KafkaEvents.Event::value)
                .containsExactly("{\"number\":1}", "{\"number\":2}", "{\"number\":3}");
        assertThat(sent).extracting(e -> e.header("ce_id")).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(sent).allSatisfy(e -> assertThat(e.headers()).containsEntry("ce_type", TYPE)
                .containsEntry("ce_tenantid", "harbor").containsEntry("ce_subject", key));
        assertThat(unpublished(ids)).as("each stamped as sent, so no relay sends it again").isZero();
    }

    @Test
    void shouldNeverSendAnEventWhoseTransactionRolledBack() {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, key, "harbor", new Probe(1));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.PLANS_LIFECYCLE, TYPE, key, "harbor", new Probe(2)));

        var sent = KafkaEvents.awaitAll(TestServers.get().kafkaBootstrapServers(), Topics.PLANS_LIFECYCLE,
                r -> key.equals(r.key()), 1, TIMEOUT, QUIET);
        assertThat(sent).extracting(KafkaEvents.Event::value).containsExactly("{\"number\":2}");
    }

    private long unpublished(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where id in (:ids) and published_at is null")
                .setParameter("ids", ids).getSingleResult()).longValue());
    }
}
