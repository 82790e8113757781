package dev.upright.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Real Kafka traffic for tests: publish events as a producing service would, and await them as a consumer. */
public final class KafkaEvents {

    /** A consumed event with its CloudEvents headers. */
    public record Event(String key, String value, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private KafkaEvents() {
    }

    /**
     * Sends a CloudEvent (binary mode, as the services' outbox relays do) and waits until Kafka has it.
     *
     * @param tenantId null sends no clinic at all
     * @return where Kafka put it
     */
    public static RecordMetadata publishCloudEvent(String bootstrapServers, String topic, String key, String id,
            String type, String tenantId, String json) {
        var record = new ProducerRecord<>(topic, key, json);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(id)).add("ce_type", bytes(type))
                .add("ce_source", bytes("urn:upright:test")).add("ce_subject", bytes(key))
                .add("content-type", bytes("application/json"));
        if (tenantId != null) {
            record.headers().add("ce_tenantid", bytes(tenantId));
        }
        return publish(bootstrapServers, record);
    }

    /** Sends a plain record, with no CloudEvents headers, and waits until Kafka has it. */
    public static RecordMetadata publishRaw(String bootstrapServers, String topic, String key, String value) {
        return publish(bootstrapServers, new ProducerRecord<>(topic, key, value));
    }

    private static RecordMetadata publish(String bootstrapServers, ProducerRecord<String, String> record) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            return producer.send(record).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not publish to " + record.topic() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static Event await(String bootstrapServers, String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        return awaitAll(bootstrapServers, topic, match, 1, timeout, Duration.ZERO).getFirst();
    }

    /**
     * Every matching event on the topic, in order, once {@code count} have arrived and nothing more matched for
     * {@code quiet} after: long enough for a duplicate sent behind them to show.
     */
    public static List<Event> awaitAll(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout, Duration quiet) {
        return awaitUntil(bootstrapServers, topic, match, events -> events.size() >= count, count + " matching events",
                timeout, quiet);
    }

    /**
     * Every matching event on the topic, in order, once those read so far are {@code enough} and nothing more
     * matched for {@code quiet} after (for example: every expected id seen, duplicates or not).
     */
    public static List<Event> awaitUntil(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, String>> match, Predicate<List<Event>> enough, String expected,
            Duration timeout, Duration quiet) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> matched = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            boolean arrived = false;
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (match.test(record)) {
                        var headers = new HashMap<String, String>();
                        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                        matched.add(new Event(record.key(), record.value(), headers));
                    }
                }
                if (!arrived && enough.test(matched)) {
                    arrived = true;
                    deadline = Instant.now().plus(quiet);
                }
            }
            if (arrived) {
                return matched;
            }
        }
        throw new AssertionError("Not " + expected + " on " + topic + " within " + timeout.toSeconds() + " s ("
                + matched.size() + " matching events)");
    }
}
