package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;

/** Plans as plan-service publishes them: plans.plan-activated.v1 and plans.plan-adjusted.v1 on Kafka. */
final class PlanActivations {

    static final UUID BAND_ROW = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d01");

    private PlanActivations() {
    }

    /**
     * A plan for a Harbor client, assigned to Theo, with one session of one band row (1x10); waits until
     * progress-service knows it. Returns the session's id.
     */
    static UUID activate(UUID client, int sessionsPerWeek, LocalDate activatedOn) {
        UUID session = UUID.randomUUID();
        activate(client.toString(), UUID.randomUUID(), client, sessionsPerWeek, activatedOn,
                session(session, 1, exercise(BAND_ROW, "Band row", 1, 10)));
        return session;
    }

    /**
     * A plan like {@link #activate(UUID, int, LocalDate)} whose client logs in as {@code username}; waits until that
     * login finds it. Returns the session's id.
     */
    static UUID activateWithLogin(String username, UUID client, LocalDate activatedOn) {
        UUID session = UUID.randomUUID();
        String token = Tokens.of(username);
        announce(client.toString(), UUID.randomUUID(), client, Tokens.subjectOf(token), 2, activatedOn,
                session(session, 1, exercise(BAND_ROW, "Band row", 1, 10)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/v1/me/sessions").then().statusCode(200));
        return session;
    }

    /** Publishes a Harbor plan under the given Kafka key and waits until progress-service knows the client. */
    static void activate(String key, UUID plan, UUID client, int sessionsPerWeek, LocalDate activatedOn,
            String... sessions) {
        announce(key, plan, client, null, sessionsPerWeek, activatedOn, sessions);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + client + "/sessions")
                        .then().statusCode(200));
    }

    /** Publishes a Harbor plan's activation, with the client's login if it has one; does not wait. */
    static void announce(String key, UUID plan, UUID client, String clientUserId, int sessionsPerWeek,
            LocalDate activatedOn, String... sessions) {
        String json = """
                {"planId":"%s","clientId":"%s","clientUserId":%s,"therapistUserId":"%s",
                 "activatedAt":"%sT08:00:00Z","weeks":8,"sessionsPerWeek":%d,"sessions":[%s]}
                """.formatted(plan, client, clientUserId == null ? "null" : "\"" + clientUserId + "\"",
                Tokens.subjectOf(Tokens.of("theo")), activatedOn, sessionsPerWeek, String.join(",", sessions));
        publish(key, UUID.randomUUID().toString(), "plans.plan-activated.v1", "harbor", json);
    }

    /** Publishes a plan adjustment keyed by the client, as plan-service does; does not wait. */
    static void adjust(String tenant, String eventId, UUID plan, UUID client, Instant adjustedAt, String... sessions) {
        String json = """
                {"planId":"%s","clientId":"%s","adjustedAt":"%s","changes":[{"changeId":"%s","kind":"edited",
                  "exerciseId":"%s","newExerciseId":null,"reason":"Therapist's edit","sessionLogIds":[]}],
                 "sessions":[%s]}
                """.formatted(plan, client, adjustedAt, UUID.randomUUID(), BAND_ROW, String.join(",", sessions));
        publish(client.toString(), eventId, "plans.plan-adjusted.v1", tenant, json);
    }

    static String session(UUID sessionId, int order, String... exercises) {
        return """
                {"sessionId":"%s","week":1,"order":%d,"exercises":[%s]}""".formatted(sessionId, order,
                String.join(",", exercises));
    }

    static String exercise(UUID exerciseId, String name, int sets, int reps) {
        return """
                {"exerciseId":"%s","name":"%s","block":"strengthening","sets":%d,"reps":%d}""".formatted(exerciseId,
                name, sets, reps);
    }

    private static void publish(String key, String eventId, String type, String tenant, String json) {
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle", key, eventId, type,
                tenant, json);
    }
}
