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
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.CloudEventAttributes;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.contracts.progress.SessionLogged;
import dev.upright.support.inbox.DeadLetter.Reason;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * What the seam decides for each message. The database part (processed_event, the transaction, the clinic) is
 * stood in for by {@link RememberingOnce}, the dead-letter table by a list; InboxIT in plan-service runs the same
 * paths against PostgreSQL, and DeadLetterIT sends poison through Kafka.
 */
class InboxConsumerTest {

    record Greeting(String text) {
    }

    record Farewell(String text, int times) {
    }

    private final RememberingOnce once = new RememberingOnce();
    private final List<String> handled = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final InboxConsumer consumer = new InboxConsumer("test.greetings", new ObjectMapper(), once,
            deadLetters::add)
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
    void shouldSkipQuietlyAPlatformTypeItDoesNotHandle() {
        var acked = new AtomicBoolean();

        consumer.receive(cloudEvent("e-1", PlanAdjusted.TYPE, "clinic-a", "{}", acked));

        assertThat(acked).isTrue();
        assertThat(handled).isEmpty();
        assertThat(once.runs).as("not even recorded as processed").isEmpty();
        assertThat(deadLetters).as("another consumer's event is no poison").isEmpty();
    }

    @Test
    void shouldRecordATypeNoContractDefinesAsADeadLetterAndAcknowledgeIt() {
        var acked = new AtomicBoolean();

        consumer.receive(cloudEvent("e-1", "unknown.v1", "clinic-a", "{}", acked));

        assertThat(acked).isTrue();
        assertThat(once.runs).isEmpty();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(Reason.UNKNOWN_TYPE);
            assertThat(letter.event().id()).isEqualTo("e-1");
            assertThat(letter.error()).contains("unknown.v1");
        });
    }

    @Test
    void shouldRecordAMessageThatIsNotACloudEventAsADeadLetterAndAcknowledgeIt() {
        var acked = new AtomicBoolean();

        consumer.receive(Message.of("{\"text\":\"hello\"}", Metadata.empty(), () -> ack(acked)));

        assertThat(acked).isTrue();
        assertThat(handled).isEmpty();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(Reason.NOT_A_CLOUDEVENT);
            assertThat(letter.event()).isNull();
            assertThat(letter.payload()).isEqualTo("{\"text\":\"hello\"}");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "{not json", "null", "{\"text\":\"bye\",\"times\":\"many\"}" })
    @NullSource
    void shouldRecordAMalformedPayloadAsADeadLetterAndAcknowledgeIt(String payload) {
        var acked = new AtomicBoolean();

        consumer.receive(cloudEvent("e-9", "farewell.v1", "clinic-a", payload, acked));

        assertThat(acked).isTrue();
        assertThat(handled).isEmpty();
        assertThat(once.runs).as("nothing recorded as processed").isEmpty();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD);
            assertThat(letter.error()).contains("farewell.v1").contains("e-9");
            assertThat(letter.payload()).isEqualTo(payload);
        });
    }

    @Test
    void shouldRecordAnEventWithoutTheClinicItsTypeNeedsAsADeadLetter() {
        var acked = new AtomicBoolean();
        var sessions = consumer(SessionLogged.TYPE);

        sessions.receive(cloudEvent("e-1", SessionLogged.TYPE, null, "{\"text\":\"hello\"}", acked));

        assertThat(acked).isTrue();
        assertThat(handled).isEmpty();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(Reason.MISSING_TENANT);
            assertThat(letter.event().tenantId()).isNull();
        });
    }

    @Test
    void shouldApplyAGlobalCatalogueEventWithoutAClinic() {
        consumer(ExerciseChanged.TYPE).receive(cloudEvent("e-1", ExerciseChanged.TYPE, null, "{\"text\":\"squat\"}"));

        assertThat(handled).containsExactly("greeting: squat");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void shouldRecordAFailedHandlerAndStillFailTheMessage() {
        var acked = new AtomicBoolean();
        var failed = new AtomicReference<Throwable>();
        var failing = new InboxConsumer("test.failing", new ObjectMapper(), once, deadLetters::add)
                .on("greeting.v1", Greeting.class, greeting -> {
                    throw new IllegalStateException("database away");
                });

        failing.receive(cloudEvent("e-1", "greeting.v1", "clinic-a", "{\"text\":\"hi\"}", acked, failed));

        assertThat(acked).isFalse();
        assertThat(failed.get()).as("for the channel's failure strategy").hasMessage("database away");
        assertThat(once.seen).as("a later delivery applies it").isEmpty();
        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.reason()).isEqualTo(Reason.HANDLER_FAILED);
            assertThat(letter.error()).contains("database away");
        });
    }

    @Test
    void shouldFailAFailedHandlersMessageEvenWhenItsDeadLetterCannotBeWritten() {
        var failed = new AtomicReference<Throwable>();
        var failing = new InboxConsumer("test.failing", new ObjectMapper(), once, letter -> {
            throw new IllegalStateException("database away too");
        }).on("greeting.v1", Greeting.class, greeting -> {
            throw new IllegalStateException("database away");
        });

        failing.receive(cloudEvent("e-1", "greeting.v1", "clinic-a", "{\"text\":\"hi\"}", new AtomicBoolean(), failed));

        assertThat(failed.get()).hasMessage("database away");
        assertThat(failed.get().getSuppressed()).extracting(Throwable::getMessage).containsExactly("database away too");
    }

    @Test
    void shouldFailAPoisonMessageWhoseDeadLetterCannotBeWritten() {
        var acked = new AtomicBoolean();
        var failed = new AtomicReference<Throwable>();
        var unrecorded = new InboxConsumer("test.unrecorded", new ObjectMapper(), once, letter -> {
            throw new IllegalStateException("database away");
        });

        unrecorded.receive(cloudEvent("e-1", "unknown.v1", "clinic-a", "{}", acked, failed));

        assertThat(acked).isFalse();
        assertThat(failed.get()).hasMessage("database away");
    }

    @Test
    void shouldRecordWhereOnKafkaADeadLetterStood() {
        var record = new ConsumerRecord<Object, String>("test.topic", 2, 41L, "key", "{not json");
        var kafka = new IncomingKafkaRecordMetadata<>(record, "test-channel");

        consumer.receive(Message.of("{not json", Metadata.of(kafka)));

        assertThat(deadLetters).singleElement().satisfies(letter -> {
            assertThat(letter.topic()).isEqualTo("test.topic");
            assertThat(letter.partition()).isEqualTo(2);
            assertThat(letter.offset()).isEqualTo(41L);
        });
    }

    @Test
    void shouldRefuseTwoHandlersForOneType() {
        assertThatThrownBy(() -> consumer.on("greeting.v1", Greeting.class, greeting -> {
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("greeting.v1");
    }

    /** A consumer of one platform type, reading just the text its test needs. */
    private InboxConsumer consumer(String type) {
        return new InboxConsumer("test.platform", new ObjectMapper(), once, deadLetters::add)
                .on(type, Greeting.class, greeting -> handled.add("greeting: " + greeting.text()));
    }

    private static Message<String> cloudEvent(String id, String type, String tenant, String payload) {
        return cloudEvent(id, type, tenant, payload, new AtomicBoolean());
    }

    private static Message<String> cloudEvent(String id, String type, String tenant, String payload,
            AtomicBoolean acked) {
        return cloudEvent(id, type, tenant, payload, acked, new AtomicReference<>());
    }

    private static Message<String> cloudEvent(String id, String type, String tenant, String payload,
            AtomicBoolean acked, AtomicReference<Throwable> failed) {
        Map<String, Object> extensions = tenant == null ? Map.of() : Map.of(CloudEventAttributes.TENANT, tenant);
        var metadata = new DefaultIncomingCloudEventMetadata<>("1.0", id, URI.create("urn:upright:test"), type,
                "application/json", null, "subject-" + id, null, extensions, payload);
        return Message.of(payload, Metadata.of(metadata), () -> ack(acked), reason -> {
            failed.set(reason);
            return CompletableFuture.completedFuture(null);
        });
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
