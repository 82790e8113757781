package dev.upright.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Some clients' records on progress.sessions, read from the beginning of every partition. */
final class SessionsTopic {

    /** Per logged session, the event ids its records carry: one, however often the event was sent. */
    final Map<UUID, Set<String>> eventsBySession = new HashMap<>();
    /** Records read, repeats included. */
    int records;

    void read(StackSettings settings, Set<UUID> clients) {
        eventsBySession.clear();
        records = 0;
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + settings.kafkaPort());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Set<String> keys = new HashSet<>();
        clients.forEach(c -> keys.add(c.toString()));
        var json = new ObjectMapper();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor("progress.sessions").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!keys.contains(record.key())) continue;
                    Header id = record.headers().lastHeader("ce_id");
                    UUID session = UUID.fromString(json.readTree(record.value()).get("sessionLogId").asText());
                    records++;
                    eventsBySession.computeIfAbsent(session, s -> new HashSet<>())
                            .add(id == null ? "?" : new String(id.value(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> eventIds() {
        Set<String> ids = new HashSet<>();
        eventsBySession.values().forEach(ids::addAll);
        return ids;
    }
}
