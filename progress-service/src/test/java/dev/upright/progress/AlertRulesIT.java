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
    void shouldCloseTheQuietAlertWhenTheClientTrainsAgainButNotForASessionLoggedLateFromLongAgo() {
        UUID client = UUID.randomUUID();
        UUID session = PlanActivations.activate(client, 2, LocalDate.now(ZoneOffset.UTC).minusDays(30));
        sweep.sweep();
        assertThat(reasonsFor(client)).containsExactly("no-recent-session");

        log(client, session, Instant.now().minusSeconds(20 * 86_400L), 0);
        assertThat(reasonsFor(client)).as("a session from 20 days ago, logged late").containsExactly("no-recent-session");

        log(client, session, Instant.now().minusSeconds(3_600), 0);
        assertThat(reasonsFor(client)).as("trained an hour ago").isEmpty();
    }

    @Test
    void shouldAlertOnceWhenWeeklyAdherenceDropsByTwentyPointsOrMoreAndNotForASmallerDip() {
        // Four sessions a week: all four two weeks ago, then three (75%: -25 points) or three and a partial
        // one (87.5%: -12.5 points) last week
        UUID slipping = UUID.randomUUID();
        UUID steady = UUID.randomUUID();
        UUID slippingSession = PlanActivations.activate(slipping, 4, THIS_MONDAY.minusWeeks(4));
        UUID steadySession = PlanActivations.activate(steady, 4, THIS_MONDAY.minusWeeks(4));
        for (int day = 0; day < 4; day++) {
            log(slipping, slippingSession, morningOf(THIS_MONDAY.minusWeeks(2).plusDays(day)), 0, 10);
            log(steady, steadySession, morningOf(THIS_MONDAY.minusWeeks(2).plusDays(day)), 0, 10);
        }
        for (int day = 0; day < 3; day++) {
            log(slipping, slippingSession, morningOf(THIS_MONDAY.minusWeeks(1).plusDays(day)), 0, 10);
            log(steady, steadySession, morningOf(THIS_MONDAY.minusWeeks(1).plusDays(day)), 0, 10);
        }
        log(steady, steadySession, morningOf(THIS_MONDAY.minusWeeks(1).plusDays(3)), 0, 4);

        sweep.sweep();
        sweep.sweep();

        assertThat(reasonsFor(slipping)).filteredOn("adherence-drop"::equals).hasSize(1);
        assertThat(reasonsFor(steady)).doesNotContain("adherence-drop");
    }

    private static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
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
        log(client, session, at, pain, 10);
    }

    /** A band row of one set; the plans of these tests prescribe 1x10, so fewer reps make the session partial. */
    private static void log(UUID client, UUID session, Instant at, int pain, int reps) {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", session.toString(),
                        "performedAt", at.toString(),
                        "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(), "rpe", 5,
                                "pain", Map.of("score", pain, "kind", "mild-tension"),
                                "sets", List.of(Map.of("reps", reps))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201);
    }
}
