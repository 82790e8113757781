package dev.upright.plan;

import static dev.upright.plan.CatalogueReadModelIT.awaitName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import dev.upright.contracts.Topics;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.contracts.progress.AlertRaised;
import dev.upright.contracts.progress.SessionLogged;
import dev.upright.support.inbox.DeadLetterConfig;
import dev.upright.support.inbox.DeadLetterPruning;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Poison on the real topics, as a broken or foreign producer would send it, each followed by a good event with the
 * same key: the poison is kept in dead_letter and counted, and the partition flows on to the good event.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class DeadLetterIT {

    private static final String CATALOGUE_CONSUMER = "plan-service.catalog";
    private static final String PROGRESSION_CONSUMER = "plan-service.progression";

    /** What dead_letter holds about one Kafka record. */
    record Row(String consumer, String reason, String eventId, String tenantId, String error, String payload) {
    }

    @Inject
    EntityManager em;

    @Inject
    DeadLetterPruning pruning;

    @Inject
    DeadLetterConfig config;

    @Test
    void shouldRecordAMalformedPayloadAsADeadLetterAndApplyTheNextEvent() {
        UUID exercise = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = "{\"exerciseId\":\"" + exercise + "\",\"name\":";

        Row row = poisonThenGoodSnapshot(exercise, "malformed-payload", () -> KafkaEvents.publishCloudEvent(kafka(),
                Topics.CATALOG_EXERCISES, exercise.toString(), eventId, ExerciseChanged.TYPE, "harbor", payload));

        assertThat(row.eventId()).isEqualTo(eventId);
        assertThat(row.tenantId()).isEqualTo("harbor");
        assertThat(row.payload()).isEqualTo(payload);
        assertThat(row.error()).contains(ExerciseChanged.TYPE);
        assertThat(processed(CATALOGUE_CONSUMER, eventId)).isFalse();
    }

    @Test
    void shouldRecordATypeNoContractDefinesAsADeadLetterAndApplyTheNextEvent() {
        UUID exercise = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        // A snapshot that would win over the good one (a higher version), had it been applied
        Row row = poisonThenGoodSnapshot(exercise, "unknown-type", () -> KafkaEvents.publishCloudEvent(kafka(),
                Topics.CATALOG_EXERCISES, exercise.toString(), eventId, "catalog.exercise-renamed.v9", "harbor",
                CatalogueReadModelIT.snapshot(exercise, "harbor", 5, "Poison")));

        assertThat(row.eventId()).isEqualTo(eventId);
        assertThat(row.error()).contains("catalog.exercise-renamed.v9");
        assertThat(processed(CATALOGUE_CONSUMER, eventId)).isFalse();
    }

    @Test
    void shouldRecordAMessageThatIsNotACloudEventAsADeadLetterAndApplyTheNextEvent() {
        UUID exercise = UUID.randomUUID();
        String payload = CatalogueReadModelIT.snapshot(exercise, "harbor", 5, "Poison");

        Row row = poisonThenGoodSnapshot(exercise, "not-a-cloudevent",
                () -> KafkaEvents.publishRaw(kafka(), Topics.CATALOG_EXERCISES, exercise.toString(), payload));

        assertThat(row.eventId()).isNull();
        assertThat(row.payload()).isEqualTo(payload);
    }

    @Test
    void shouldRecordAFailedHandlerAndLetTheChannelPassOverItToTheNextEvent() {
        UUID exercise = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        // Reads as the contract record, but the read model cannot look up an exercise without an id
        String payload = CatalogueReadModelIT.snapshot(exercise, "harbor", 5, "Poison")
                .replace("\"exerciseId\":\"" + exercise + "\"", "\"exerciseId\":null");

        Row row = poisonThenGoodSnapshot(exercise, "handler-failed", () -> KafkaEvents.publishCloudEvent(kafka(),
                Topics.CATALOG_EXERCISES, exercise.toString(), eventId, ExerciseChanged.TYPE, "harbor", payload));

        assertThat(row.eventId()).isEqualTo(eventId);
        assertThat(processed(CATALOGUE_CONSUMER, eventId)).as("a replay would apply it").isFalse();
    }

    @Test
    void shouldRecordASessionWithoutItsClinicAsADeadLetterAndApplyTheNextEvent() {
        String client = UUID.randomUUID().toString();
        String poisonId = UUID.randomUUID().toString();
        String goodId = UUID.randomUUID().toString();
        double countedBefore = deadLetters(PROGRESSION_CONSUMER, "missing-tenant");

        RecordMetadata poison = KafkaEvents.publishCloudEvent(kafka(), Topics.PROGRESS_SESSIONS, client, poisonId,
                SessionLogged.TYPE, null, unplannedSession(client));
        RecordMetadata good = KafkaEvents.publishCloudEvent(kafka(), Topics.PROGRESS_SESSIONS, client, goodId,
                SessionLogged.TYPE, "harbor", unplannedSession(client));

        assertThat(good.partition()).isEqualTo(poison.partition());
        // In the test's thread, whose request context lets Hibernate resolve the (absent) clinic
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).pollInSameThread()
                .until(() -> processed(PROGRESSION_CONSUMER, goodId));
        Row row = deadLetterAt(poison);
        assertThat(row.consumer()).isEqualTo(PROGRESSION_CONSUMER);
        assertThat(row.reason()).isEqualTo("missing-tenant");
        assertThat(row.eventId()).isEqualTo(poisonId);
        assertThat(row.tenantId()).isNull();
        assertThat(processed(PROGRESSION_CONSUMER, poisonId)).isFalse();
        assertThat(deadLetters(PROGRESSION_CONSUMER, "missing-tenant")).isEqualTo(countedBefore + 1);
    }

    /** progress-service publishes its alerts on the sessions topic too; the progression has no use for them. */
    @Test
    void shouldSkipAnAlertOnTheSessionsTopicQuietlyAndApplyTheNextSession() {
        String client = UUID.randomUUID().toString();
        String alertId = UUID.randomUUID().toString();
        String goodId = UUID.randomUUID().toString();
        String alert = """
                {"alertId":"%s","clientId":"%s","therapistUserId":null,"severity":"high","reason":"pain",
                 "detail":"Pain reported on Band row: 7/10, sharp.","raisedAt":"2026-11-21T10:00:00Z"}"""
                .formatted(UUID.randomUUID(), client);

        RecordMetadata skipped = KafkaEvents.publishCloudEvent(kafka(), Topics.PROGRESS_SESSIONS, client, alertId,
                AlertRaised.TYPE, "harbor", alert);
        RecordMetadata good = KafkaEvents.publishCloudEvent(kafka(), Topics.PROGRESS_SESSIONS, client, goodId,
                SessionLogged.TYPE, "harbor", unplannedSession(client));

        assertThat(good.partition()).isEqualTo(skipped.partition());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).pollInSameThread()
                .until(() -> processed(PROGRESSION_CONSUMER, goodId));
        Number letters = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery("""
                select count(*) from dead_letter
                where topic = :topic and kafka_partition = :partition and kafka_offset = :offset""")
                .setParameter("topic", skipped.topic()).setParameter("partition", skipped.partition())
                .setParameter("offset", skipped.offset()).getSingleResult());
        assertThat(letters.longValue()).as("dead letters of the alert").isZero();
        assertThat(processed(PROGRESSION_CONSUMER, alertId)).as("skipped, not applied").isFalse();
    }

    @Test
    void shouldPruneOnlyTheDeadLettersOlderThanTheirRetention() {
        String consumer = "test.pruning-" + UUID.randomUUID();
        long retentionHours = config.retention().toHours();
        recordedHoursAgo(consumer, "past its retention", retentionHours + 24);
        recordedHoursAgo(consumer, "within its retention", retentionHours - 24);

        pruning.prune();

        @SuppressWarnings("unchecked")
        List<String> left = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select error from dead_letter where consumer = :consumer")
                .setParameter("consumer", consumer).getResultList());
        assertThat(left).containsExactly("within its retention");
    }

    private void recordedHoursAgo(String consumer, String error, long hours) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into dead_letter (consumer, reason, error, recorded_at)
                values (:consumer, 'handler-failed', :error, now() - make_interval(hours => :hours))""")
                .setParameter("consumer", consumer).setParameter("error", error).setParameter("hours", (int) hours)
                .executeUpdate());
    }

    /**
     * Sends the poison, then a good snapshot of the same exercise (so the same partition, behind it), waits until the
     * good one is in the catalogue and checks the poison's one row and count.
     */
    private Row poisonThenGoodSnapshot(UUID exercise, String reason, Supplier<RecordMetadata> sendPoison) {
        double countedBefore = deadLetters(CATALOGUE_CONSUMER, reason);

        RecordMetadata poison = sendPoison.get();
        RecordMetadata good = CatalogueReadModelIT.publish(UUID.randomUUID(), exercise, "harbor", 0, "Good");

        assertThat(good.partition()).isEqualTo(poison.partition());
        assertThat(good.offset()).isGreaterThan(poison.offset());
        awaitName(exercise, "theo", "Good");
        Row row = deadLetterAt(poison);
        assertThat(row.consumer()).isEqualTo(CATALOGUE_CONSUMER);
        assertThat(row.reason()).isEqualTo(reason);
        assertThat(deadLetters(CATALOGUE_CONSUMER, reason)).isEqualTo(countedBefore + 1);
        return row;
    }

    /** The one dead letter of a Kafka record; the event applied behind it proves it was written before. */
    private Row deadLetterAt(RecordMetadata record) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select consumer, reason, event_id, tenant_id, error, payload from dead_letter
                where topic = :topic and kafka_partition = :partition and kafka_offset = :offset""")
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .getResultList());
        List<Row> rows = found.stream().map(c -> new Row((String) c[0], (String) c[1], (String) c[2], (String) c[3],
                (String) c[4], (String) c[5])).toList();
        assertThat(rows).as("dead letters of %s", record).hasSize(1);
        return rows.getFirst();
    }

    private boolean processed(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !em.createNativeQuery(
                "select 1 from processed_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", consumer).setParameter("id", eventId).getResultList().isEmpty());
    }

    /** The counter as Prometheus scrapes it from /q/metrics; a consumer not yet created shows none. */
    private static double deadLetters(String consumer, String reason) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^upright_inbox_dead_letters_total\\{consumer=\"" + Pattern.quote(consumer)
                + "\",reason=\"" + Pattern.quote(reason) + "\"} (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    /** A session logged without a plan: the progression has nothing to do but note the event as applied. */
    private static String unplannedSession(String client) {
        return """
                {"sessionLogId":"%s","clientId":"%s","planId":null,"plannedSessionId":null,
                 "performedAt":"2026-11-21T10:00:00Z","partial":false,"exercises":[]}"""
                .formatted(UUID.randomUUID(), client);
    }

    private static String kafka() {
        return TestServers.get().kafkaBootstrapServers();
    }
}
