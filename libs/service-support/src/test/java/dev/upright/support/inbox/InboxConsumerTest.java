package dev.upright.support.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.CloudEventAttributes;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;

/**
 * What the seam decides for each message. The database part (processed_event, the transaction, the clinic) is
 * stood in for by {@link RememberingOnce}; InboxIT in plan-service runs the same paths against PostgreSQL.
 */
class InboxConsumerTest {

    record Greeting(String text) {
    }

    record Farewell(String text, int times) {
    }

    private final RememberingOnce once = new RememberingOnce();
    private final List<String> handled = new ArrayList<>();
    private final InboxConsumer consumer = new InboxConsumer("test.greetings", new ObjectMapper(), once)
            .on("greeting.v1", Greeting.class, greeting -> handled.add("greeting: " + greeting.text()))
            .on("farewell.v1", Farewell.class,
                    (farewell, event) -> handled.add("farewell " + farewell.times() + "x about " + event.subject()));

    @Test
    void shouldHandEachTypeToItsHandlerAsTheContractRecord() {
        consumer.receive(cloudEvent("e-1", "greeting.v1", "clinic-a", "{\"text\":\"hello\"}"));
        consumer.receive(cloudEvent("e-2", "farewell.v1", "clinic-a", "{\"text\":\"bye\",\"times\":2}"));

        assertThat(handled).containsExactly("greeting: hello", "farewell 2x about subject-e-2");
    }

    @Test
    void shouldRunTheHandlerForTheEventsClinicUnderTheConsumersName() {
        consumer.receive(cloudEvent("e-1", "greeting.v1", "clinic-b", "{\"text\":\"hello\"}"));

        assertThat(once.runs).containsExactly("test.greetings/e-1 for clinic-b");
    }

    @Test
    void shouldSkipAnEventSeenBefore() {
        consumer.receive(cloudEvent("e-1", "greeting.v1", "clinic-a", "{\"text\":\"hello\"}"));
        consumer.receive(cloudEvent("e-1", "greeting.v1", "clinic-a", "{\"text\":\"hello again\"}"));

        assertThat(handled).containsExactly("greeting: hello");
    }

    @Test
    void shouldSkipAndAcknowledgeATypeItDoesNotHandle() {
        var acked = new AtomicBoolean();

        consumer.receive(cloudEvent("e-1", "unknown.v1", "clinic-a", "{}", acked));

        assertThat(acked).isTrue();
        assertThat(handled).isEmpty();
        assertThat(once.runs).as("not even recorded as processed").isEmpty();
    }

    @Test
    void shouldSkipAndAcknowledgeAMessageThatIsNotACloudEvent() {
        var acked = new AtomicBoolean();

        consumer.receive(Message.of("{\"text\":\"hello\"}", Metadata.empty(), () -> ack(acked)));

        assertThat(acked).isTrue();
        assertThat(handled).isEmpty();
    }

    @Test
    void shouldFailAMalformedPayloadWithoutAcknowledgingIt() {
        var acked = new AtomicBoolean();

        assertThatThrownBy(() -> consumer.receive(cloudEvent("e-9", "greeting.v1", "clinic-a", "{not json", acked)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("greeting.v1").hasMessageContaining("e-9");
        assertThat(acked).isFalse();
        assertThat(handled).isEmpty();
    }

    @Test
    void shouldRefuseTwoHandlersForOneType() {
        assertThatThrownBy(() -> consumer.on("greeting.v1", Greeting.class, greeting -> {
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("greeting.v1");
    }

    private static Message<String> cloudEvent(String id, String type, String tenant, String payload) {
        return cloudEvent(id, type, tenant, payload, new AtomicBoolean());
    }

    private static Message<String> cloudEvent(String id, String type, String tenant, String payload, AtomicBoolean acked) {
        var metadata = new DefaultIncomingCloudEventMetadata<>("1.0", id, URI.create("urn:upright:test"), type,
                "application/json", null, "subject-" + id, null, Map.of(CloudEventAttributes.TENANT, tenant), payload);
        return Message.of(payload, Metadata.of(metadata), () -> ack(acked));
    }

    private static CompletableFuture<Void> ack(AtomicBoolean acked) {
        acked.set(true);
        return CompletableFuture.completedFuture(null);
    }

    /** Remembers event ids per consumer as processed_event does (a failed run keeps none), and what each run was for. */
    private static final class RememberingOnce implements InboxConsumer.Once {
        final Set<String> seen = new HashSet<>();
        final List<String> runs = new ArrayList<>();

        @Override
        public void run(String consumer, IncomingEvent event, Runnable effect) {
            String key = consumer + "/" + event.id();
            runs.add(key + " for " + event.tenantId());
            if (seen.add(key)) {
                try {
                    effect.run();
                } catch (RuntimeException e) {
                    seen.remove(key); // rolled back with the rest of the transaction
                    throw e;
                }
            }
        }
    }
}
