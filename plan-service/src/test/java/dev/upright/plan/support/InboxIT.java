package dev.upright.plan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import dev.upright.contracts.CloudEventAttributes;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.support.inbox.Inbox;
import dev.upright.support.inbox.InboxConsumer;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;

/** service-support's inbox against plan-service's database: what every consumer of the platform relies on. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class InboxIT {

    record Note(String text) {
    }

    @Inject
    Inbox inbox;

    @Inject
    TenantContext tenancy;

    @Inject
    EntityManager em;

    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final String consumerName = "test.inbox-" + UUID.randomUUID();

    private InboxConsumer notes(String name) {
        return inbox.consumer(name).on("test.note.v1", Note.class, note -> handled.add(note.text() + " for "
                + tenancy.tenant().orElse("no clinic") + (QuarkusTransaction.isActive() ? ", in a transaction" : "")));
    }

    @Test
    void shouldHandAnEventToItsHandlerInTheEventsClinicAndATransaction() {
        notes(consumerName).receive(note(UUID.randomUUID().toString(), "harbor", "{\"text\":\"hello\"}"));

        assertThat(handled).containsExactly("hello for harbor, in a transaction");
    }

    @Test
    void shouldSkipAnEventSeenBefore() {
        String id = UUID.randomUUID().toString();
        var consumer = notes(consumerName);

        consumer.receive(note(id, "harbor", "{\"text\":\"first\"}"));
        consumer.receive(note(id, "harbor", "{\"text\":\"redelivered\"}"));

        assertThat(handled).containsExactly("first for harbor, in a transaction");
        assertThat(processedRows(consumerName, id)).isOne();
    }

    @Test
    void shouldLetEachConsumerSeeAnEventOnce() {
        String id = UUID.randomUUID().toString();

        notes(consumerName).receive(note(id, "harbor", "{\"text\":\"for one\"}"));
        notes(consumerName + "-other").receive(note(id, "harbor", "{\"text\":\"for the other\"}"));

        assertThat(handled).containsExactly("for one for harbor, in a transaction",
                "for the other for harbor, in a transaction");
    }

    @Test
    void shouldRecordAMalformedPayloadAsADeadLetterAndNotAsProcessed() {
        String id = UUID.randomUUID().toString();

        notes(consumerName).receive(note(id, "harbor", "{not json"));

        assertThat(deadLetters(consumerName, id)).containsExactly("malformed-payload for harbor: {not json");
        assertThat(processedRows(consumerName, id)).isZero();
        assertThat(handled).isEmpty();
    }

    @Test
    void shouldApplyAnEventWhoseHandlerFailedWhenItComesAgain() {
        String id = UUID.randomUUID().toString();
        var failOnce = new boolean[] { true };
        var consumer = inbox.consumer(consumerName).on("test.note.v1", Note.class, note -> {
            handled.add(note.text());
            if (failOnce[0]) {
                failOnce[0] = false;
                throw new IllegalStateException("database away");
            }
        });

        var failures = new CopyOnWriteArrayList<String>();
        consumer.receive(note(id, "harbor", "{\"text\":\"try\"}").withNack(reason -> {
            failures.add(reason.getMessage());
            return CompletableFuture.completedFuture(null);
        }));
        consumer.receive(note(id, "harbor", "{\"text\":\"try\"}"));

        assertThat(failures).as("left to the channel's failure strategy").containsExactly("database away");
        assertThat(handled).containsExactly("try", "try");
        assertThat(processedRows(consumerName, id)).isOne();
        assertThat(deadLetters(consumerName, id)).as("the failure, kept for the operator")
                .containsExactly("handler-failed for harbor: {\"text\":\"try\"}");
    }

    @Test
    void shouldSkipAPlatformTypeTheConsumerDoesNotHandleWithoutRecordingIt() {
        String id = UUID.randomUUID().toString();
        var metadata = cloudEvent(id, PlanAdjusted.TYPE, "harbor", "{}");

        notes(consumerName).receive(Message.of("{}", Metadata.of(metadata)));

        assertThat(handled).isEmpty();
        assertThat(processedRows(consumerName, id)).isZero();
        assertThat(deadLetters(consumerName, id)).isEmpty();
    }

    private long processedRows(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", consumer).setParameter("id", eventId).getSingleResult()).longValue());
    }

    private List<String> deadLetters(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select reason || ' for ' || tenant_id || ': ' || payload from dead_letter
                where consumer = :consumer and event_id = :id""", String.class)
                .setParameter("consumer", consumer).setParameter("id", eventId).getResultList());
    }

    private static Message<String> note(String id, String tenant, String payload) {
        return Message.of(payload, Metadata.of(cloudEvent(id, "test.note.v1", tenant, payload)));
    }

    private static DefaultIncomingCloudEventMetadata<String> cloudEvent(String id, String type, String tenant,
            String payload) {
        return new DefaultIncomingCloudEventMetadata<>("1.0", id, URI.create("urn:upright:test"), type,
                "application/json", null, "subject-" + id, null, Map.of(CloudEventAttributes.TENANT, tenant), payload);
    }
}
