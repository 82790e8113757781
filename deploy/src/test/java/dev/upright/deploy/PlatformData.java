package dev.upright.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.localservers.PostgresServer;

/**
 * What the running platform stored and sent, read past the services: rows of their databases and records of their
 * topics. For the fault tests, which count effects rather than trust the services' own answers.
 */
final class PlatformData {

    /** One record of a topic: its key, CloudEvents id and type ({@code ?} when a header is missing), and its value. */
    record TopicRecord(String key, String eventId, String type, JsonNode value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StackSettings settings;

    PlatformData(StackSettings settings) {
        this.settings = settings;
    }

    /** Rows counted by {@code sql}, whose only parameter is {@code values} as an array. */
    long count(String database, String sql, Collection<?> values) throws SQLException {
        try (var db = connect(database); var statement = db.prepareStatement(sql)) {
            statement.setArray(1, array(db, values));
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The first column of the rows {@code sql} selects, its only parameter {@code values} as an array. */
    Set<UUID> uuids(String database, String sql, Collection<UUID> values) throws SQLException {
        try (var db = connect(database); var statement = db.prepareStatement(sql)) {
            statement.setArray(1, array(db, values));
            Set<UUID> found = new HashSet<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) found.add(rs.getObject(1, UUID.class));
            }
            return found;
        }
    }

    /** Events of the service's outbox that the relay has not handed to Kafka yet. */
    long unpublished(String database) throws SQLException {
        try (var db = connect(database); var rs = db.createStatement()
                .executeQuery("select count(*) from outbox_event where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every record of the topic whose key {@code keys} accepts, read from the beginning of each partition. */
    List<TopicRecord> records(String topic, Predicate<String> keys) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + settings.kafkaPort());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<TopicRecord> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!keys.test(record.key())) continue;
                    records.add(new TopicRecord(record.key(), header(record, "ce_id"), header(record, "ce_type"),
                            JSON.readTree(record.value())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + settings.postgresPort() + "/" + database,
                PostgresServer.USER, "postgres");
    }

    /** UUIDs as uuid[], anything else (event ids) as varchar[]. */
    private static java.sql.Array array(Connection db, Collection<?> values) throws SQLException {
        boolean uuids = !values.isEmpty() && values.iterator().next() instanceof UUID;
        return db.createArrayOf(uuids ? "uuid" : "varchar", values.toArray());
    }

    static {
        // Registered explicitly: DriverManager's service loading may miss it under failsafe's class path
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
