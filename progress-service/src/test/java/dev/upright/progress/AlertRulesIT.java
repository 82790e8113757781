package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.progress.service.AlertSweep;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class AlertRulesIT {

    static final LocalDate THIS_MONDAY = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);

    @Inject
    AlertSweep sweep;

    @Test
    void shouldAlertOnceWhenMildPainKeepsRisingOnTheSameExercise() {
        UUID client = UUID.randomUUID();
        UUID session = PlanActivations.activate(client, 2, LocalDate.now(ZoneOffset.UTC).minusDays(3));
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
        PlanActivations.activate(quiet, 2, LocalDate.now(ZoneOffset.UTC).minusDays(10));
        UUID session = PlanActivations.activate(active, 2, LocalDate.now(ZoneOffset.UTC).minusDays(10));
        log(active, session, Instant.now().minusSeconds(86_400), 0);

        sweep.sweep();
        sweep.sweep();

        assertThat(reasonsFor(quiet)).containsExactly("no-recent-session");
        assertThat(reasonsFor(active)).isEmpty();
    }

    @Test
    void shouldAlertWhenWeeklyAdherenceDropsByTwentyPointsOrMore() {
        UUID client = UUID.randomUUID();
        UUID session = PlanActivations.activate(client, 2, THIS_MONDAY.minusWeeks(4));
        LocalDate twoWeeksAgo = THIS_MONDAY.minusWeeks(2);
        log(client, session, twoWeeksAgo.atTime(9, 0).toInstant(ZoneOffset.UTC), 0);
        log(client, session, twoWeeksAgo.plusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC), 0);
        log(client, session, THIS_MONDAY.minusWeeks(1).atTime(9, 0).toInstant(ZoneOffset.UTC), 0);

        sweep.sweep();

        assertThat(reasonsFor(client)).contains("adherence-drop");
    }

    @Test
    void shouldAlertAtTheClinicsOwnPainThresholdWhichOnlyItsAdminSets() {
        var defaults = Map.of("painAlertThreshold", 5, "painRisePoints", 2, "quietDays", 7, "adherenceDropPoints", 20);
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clinic/alert-settings")
                .then().statusCode(200).body("painAlertThreshold", org.hamcrest.Matchers.is(5));
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(defaults)
                .when().put("/api/v1/clinic/alert-settings").then().statusCode(403);
        given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON)
                .body(Map.of("painAlertThreshold", 0, "painRisePoints", 2, "quietDays", 7))
                .when().put("/api/v1/clinic/alert-settings")
                .then().statusCode(400).body("errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("painAlertThreshold", "adherenceDropPoints"));
        try {
            given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON)
                    .body(Map.of("painAlertThreshold", 3, "painRisePoints", 2, "quietDays", 7, "adherenceDropPoints", 20))
                    .when().put("/api/v1/clinic/alert-settings").then().statusCode(200);
            UUID client = UUID.randomUUID();
            UUID session = PlanActivations.activate(client, 2, LocalDate.now(ZoneOffset.UTC).minusDays(2));
            log(client, session, Instant.now().minusSeconds(600), 3);

            assertThat(reasonsFor(client)).containsExactly("pain");
            given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clinic/alert-settings")
                    .then().statusCode(200).body("painAlertThreshold", org.hamcrest.Matchers.is(5));
        } finally {
            given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON).body(defaults)
                    .when().put("/api/v1/clinic/alert-settings").then().statusCode(200);
        }
    }

    private static List<String> reasonsFor(UUID client) {
        return given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/alerts")
                .then().statusCode(200).extract().path("findAll { it.clientId == '" + client + "' }.reason");
    }

    private static void log(UUID client, UUID session, Instant at, int pain) {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", session.toString(),
                        "performedAt", at.toString(),
                        "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(), "rpe", 5,
                                "pain", Map.of("score", pain, "kind", "mild-tension"),
                                "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201);
    }
}
