package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Kafka stopped for a minute while sessions are logged. Proves that a session log never depends on Kafka: every
 * write is acknowledged (201) and stored during the outage, and once Kafka is back every {@code SessionLogged}
 * event reaches the topic, none missing. Pain alerts, which progress-service raises in the same transaction as the
 * log, exist once per painful session, retries of an Idempotency-Key included.
 * <p>
 * The outbox relay sends first and stamps the event as published after Kafka acknowledged it: an event whose
 * acknowledgement came too late, or whose stamp did not commit, is sent again. Delivery is therefore at least once,
 * and the test requires every id but allows a repeat; consumers absorb repeats with their inbox (the event id is
 * recorded with its effect, {@code Inbox} in service-support). The test prints how many repeats it saw.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class KafkaOutageIT {

    private static final int CLIENTS = 5;
    private static final int SESSIONS_PER_CLIENT = 100;
    /** Every fifth session reports sharp pain, which alerts the therapist. */
    private static final int PAINFUL_EVERY = 5;
    /** The outage: long enough for the producer's timeouts (8 s delivery) to expire many times over. */
    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @Test
    void shouldAcknowledgeEverySessionLoggedWhileKafkaIsDownAndDeliverThemAfter() throws Exception {
        List<UUID> clients = IntStream.range(0, CLIENTS).mapToObj(i -> UUID.randomUUID()).toList();
        for (UUID client : clients) {
            PlanActivations.activate(client, 3, LocalDate.now(ZoneOffset.UTC).minusDays(30));
        }
        String theo = Tokens.of("theo");
        Set<String> logged = ConcurrentHashMap.newKeySet();

        TestServers.get().whileKafkaIsDown(() -> {
            Instant down = Instant.now();
            // One phone per client, each logging its sessions spread over the outage rather than in one burst
            try (var phones = Executors.newFixedThreadPool(CLIENTS)) {
                List<Future<?>> sent = new ArrayList<>();
                for (UUID client : clients) {
                    sent.add(phones.submit(() -> {
                        for (int i = 0; i < SESSIONS_PER_CLIENT; i++) {
                            sleepUntil(down.plus(OUTAGE.minusSeconds(10).multipliedBy(i).dividedBy(SESSIONS_PER_CLIENT)));
                            logged.add(logSession(theo, client, i));
                        }
                        return null;
                    }));
                }
                for (Future<?> phone : sent) {
                    phone.get();
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            sleepUntil(down.plus(OUTAGE));
        });

        assertThat(logged).hasSize(CLIENTS * SESSIONS_PER_CLIENT);
        Set<String> stored = clients.stream()
                .flatMap(client -> given().auth().oauth2(Tokens.of("theo"))
                        .when().get("/api/v1/clients/" + client + "/sessions?size=100")
                        .then().statusCode(200).extract().<List<String>>path("id").stream())
                .collect(Collectors.toSet());
        assertThat(stored).isEqualTo(logged);

        Set<String> keys = clients.stream().map(UUID::toString).collect(Collectors.toSet());
        var events = KafkaEvents.awaitUntil(TestServers.get().kafkaBootstrapServers(), "progress.sessions",
                // The alerts those sessions raised share the topic and the keys (progress.alert-raised.v1)
                record -> keys.contains(record.key()) && new String(record.headers().lastHeader("ce_type").value(),
                        StandardCharsets.UTF_8).equals("progress.session-logged.v1"),
                read -> sessionIds(read).containsAll(logged),
                "every session logged during the outage", Duration.ofSeconds(120), Duration.ofSeconds(5));
        assertThat(sessionIds(events)).isEqualTo(logged);
        assertThat(events).allSatisfy(event -> assertThat(event.header("ce_type")).isEqualTo("progress.session-logged.v1"));
        long repeats = events.size() - events.stream().map(event -> event.header("ce_id")).distinct().count();
        System.out.printf("Kafka outage: %d sessions acknowledged and stored, %d events delivered, %d repeated%n",
                logged.size(), events.size(), repeats);

        List<Map<String, Object>> painAlerts = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/alerts")
                .then().statusCode(200).extract().<List<Map<String, Object>>>path("findAll { it.reason == 'pain' }")
                .stream().filter(alert -> keys.contains((String) alert.get("clientId"))).toList();
        var perClient = painAlerts.stream()
                .collect(Collectors.groupingBy(alert -> (String) alert.get("clientId"), Collectors.counting()));
        assertThat(perClient).hasSize(CLIENTS).allSatisfy((client, alerts) ->
                assertThat(alerts).isEqualTo((long) SESSIONS_PER_CLIENT / PAINFUL_EVERY));

        // Acknowledged, as the therapist would: other tests of the module count the clinic's open pain alerts
        for (var alert : painAlerts) {
            given().auth().oauth2(Tokens.of("theo")).when().post("/api/v1/alerts/" + alert.get("id") + "/ack")
                    .then().statusCode(200);
        }
    }

    /** Logs one session for the client as their therapist; a painful one is sent twice, as by a phone that retries. */
    private static String logSession(String token, UUID client, int number) {
        boolean painful = number % PAINFUL_EVERY == 0;
        var pain = painful ? Map.of("score", 6, "kind", "sharp", "location", "right shoulder") : Map.of("score", 0);
        var body = Map.of("clientId", client.toString(),
                "performedAt", Instant.now().minus(SESSIONS_PER_CLIENT - number, ChronoUnit.MINUTES).toString(),
                "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(), "rpe", 6, "pain", pain,
                        "sets", List.of(Map.of("reps", 10, "loadKg", 2.5)))));
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
        if (painful) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(body).when().post("/api/v1/sessions")
                    .then().statusCode(201).header("Idempotent-Replayed", "true");
        }
        return id;
    }

    private static Set<String> sessionIds(List<KafkaEvents.Event> events) {
        return events.stream().map(event -> JsonPath.from(event.value()).getString("sessionLogId"))
                .collect(Collectors.toSet());
    }

    /** Paces the writes over the outage; this is the outage's length, not a check on how fast anything is. */
    private static void sleepUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
