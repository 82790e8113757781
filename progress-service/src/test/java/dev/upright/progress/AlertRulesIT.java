package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.progress.service.AlertSweep;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class AlertRulesIT {

    static final UUID ROW = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d01");
    static final LocalDate THIS_MONDAY = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);

    @Inject
    AlertSweep sweep;

    @Test
    void shouldAlertOnceWhenMildPainKeepsRisingOnTheSameExercise() {
        UUID client = UUID.randomUUID();
        UUID session = activatePlan(client, 2, LocalDate.now(ZoneOffset.UTC).minusDays(3));
        log(client, session, Instant.now().minusSeconds(7200), 1);
        assertThat(reasonsFor(client)).isEmpty();

        log(client, session, Instant.now().minusSeconds(3600), 3);
        log(client, session, Instant.now().minusSeconds(1800), 3);
        assertThat(reasonsFor(client)).containsExactly("pain-rising");
    }

    @Test
    void shouldAlertOnceForAClientWhoHasGoneQuietWhileAPlanIsActive() {
        UUID quiet = UUID.randomUUID();
        UUID active = UUID.randomUUID();
        activatePlan(quiet, 2, LocalDate.now(ZoneOffset.UTC).minusDays(10));
        UUID session = activatePlan(active, 2, LocalDate.now(ZoneOffset.UTC).minusDays(10));
        log(active, session, Instant.now().minusSeconds(86_400), 0);

        sweep.sweep();
        sweep.sweep();

        assertThat(reasonsFor(quiet)).containsExactly("no-recent-session");
        assertThat(reasonsFor(active)).isEmpty();
    }

    @Test
    void shouldAlertWhenWeeklyAdherenceDropsByTwentyPointsOrMore() {
        UUID client = UUID.randomUUID();
        UUID session = activatePlan(client, 2, THIS_MONDAY.minusWeeks(4));
        LocalDate twoWeeksAgo = THIS_MONDAY.minusWeeks(2);
        log(client, session, twoWeeksAgo.atTime(9, 0).toInstant(ZoneOffset.UTC), 0);
        log(client, session, twoWeeksAgo.plusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC), 0);
        log(client, session, THIS_MONDAY.minusWeeks(1).atTime(9, 0).toInstant(ZoneOffset.UTC), 0);

        sweep.sweep();

        assertThat(reasonsFor(client)).contains("adherence-drop");
    }

    private static List<String> reasonsFor(UUID client) {
        return given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/alerts")
                .then().statusCode(200).extract().path("findAll { it.clientId == '" + client + "' }.reason");
    }

    private static UUID activatePlan(UUID client, int sessionsPerWeek, LocalDate activated) {
        UUID session = UUID.randomUUID();
        String json = """
                {"planId":"%s","clientId":"%s","clientUserId":null,"therapistUserId":"%s",
                 "activatedAt":"%sT08:00:00Z","weeks":8,"sessionsPerWeek":%d,
                 "sessions":[{"sessionId":"%s","week":1,"order":1,"exercises":[
                   {"exerciseId":"%s","name":"Band row","block":"strengthening","sets":1,"reps":10}]}]}
                """.formatted(UUID.randomUUID(), client, Tokens.subjectOf(Tokens.of("theo")), activated, sessionsPerWeek,
                session, ROW);
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle", client.toString(),
                UUID.randomUUID().toString(), "plans.plan-activated.v1", "harbor", json);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + client + "/sessions")
                        .then().statusCode(200));
        return session;
    }

    private static void log(UUID client, UUID session, Instant at, int pain) {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", session.toString(),
                        "performedAt", at.toString(),
                        "exercises", List.of(Map.of("exerciseId", ROW.toString(), "rpe", 5,
                                "pain", Map.of("score", pain, "kind", "mild-tension"),
                                "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201);
    }
}
