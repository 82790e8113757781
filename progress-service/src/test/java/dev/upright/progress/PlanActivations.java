package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;

/** Activates plans the way plan-service does: a plans.plan-activated.v1 event on Kafka. */
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
        String json = """
                {"planId":"%s","clientId":"%s","clientUserId":null,"therapistUserId":"%s",
                 "activatedAt":"%sT08:00:00Z","weeks":8,"sessionsPerWeek":%d,
                 "sessions":[{"sessionId":"%s","week":1,"order":1,"exercises":[
                   {"exerciseId":"%s","name":"Band row","block":"strengthening","sets":1,"reps":10}]}]}
                """.formatted(UUID.randomUUID(), client, Tokens.subjectOf(Tokens.of("theo")), activatedOn,
                sessionsPerWeek, session, BAND_ROW);
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle", client.toString(),
                UUID.randomUUID().toString(), "plans.plan-activated.v1", "harbor", json);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + client + "/sessions")
                        .then().statusCode(200));
        return session;
    }
}
