package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class AdherenceIT {

    static final LocalDate THIS_MONDAY = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);

    @Test
    void shouldReportThreeOfFourPrescribedSessionsLastWeekAsSeventyFivePercent() {
        UUID client = UUID.randomUUID();
        UUID session = PlanActivations.activate(client, 4, THIS_MONDAY.minusWeeks(3));
        for (int day = 0; day < 3; day++) {
            logSession(client, session, THIS_MONDAY.minusWeeks(1).plusDays(day), 10, 0, null);
        }

        JsonPath adherence = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + client + "/adherence")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> lastWeek = adherence.getMap("weeks[10]");
        assertThat(lastWeek.get("weekStart")).isEqualTo(THIS_MONDAY.minusWeeks(1).toString());
        assertThat(lastWeek).containsEntry("prescribed", 4).containsEntry("completed", 3);
        assertThat(adherence.getDouble("weeks[10].rate")).isEqualTo(0.75);
        assertThat(adherence.getInt("weeks[11].prescribed")).isEqualTo(4);
        assertThat(adherence.getInt("streakWeeks")).isZero();
        assertThat(adherence.getLong("last30.sessionsCompleted")).isEqualTo(3);
        assertThat(adherence.getLong("last30.exercisesCompleted")).isEqualTo(3);
        assertThat(adherence.getList("trends.totalReps")).containsExactly(10, 10, 10);
    }

    @Test
    void shouldPutTheHurtingClientFirstInTheTherapistsCaseloadAndHideItFromOtherClinics() {
        UUID calm = UUID.randomUUID();
        UUID hurting = UUID.randomUUID();
        UUID calmSession = PlanActivations.activate(calm, 2, THIS_MONDAY.minusWeeks(3));
        UUID hurtingSession = PlanActivations.activate(hurting, 2, THIS_MONDAY.minusWeeks(3));
        logSession(calm, calmSession, LocalDate.now(ZoneOffset.UTC), 10, 0, null);
        logSession(hurting, hurtingSession, LocalDate.now(ZoneOffset.UTC), 10, 7, "worsening");

        List<String> caseload = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/adherence")
                .then().statusCode(200).extract().path("summary.clientId");
        assertThat(caseload).contains(calm.toString(), hurting.toString());
        assertThat(caseload.indexOf(hurting.toString())).isLessThan(caseload.indexOf(calm.toString()));

        given().auth().oauth2(Tokens.of("tessa")).when().get("/api/v1/adherence")
                .then().statusCode(200).body("summary.clientId", not(hasItem(hurting.toString())));
        given().auth().oauth2(Tokens.of("anna")).when().get("/api/v1/adherence")
                .then().statusCode(200).body("summary.clientId", hasItem(hurting.toString()));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/adherence")
                .then().statusCode(200).body("summary.clientId", not(hasItem(hurting.toString())));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clients/" + hurting + "/adherence")
                .then().statusCode(404);
    }

    private static void logSession(UUID client, UUID session, LocalDate day, int reps, int pain, String painKind) {
        // 06:00 UTC, unless that is still ahead (a run before dawn): a session in the future is refused
        Instant at = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
        Instant latest = Instant.now().minusSeconds(60);
        if (at.isAfter(latest)) {
            at = latest;
        }
        var painEntry = painKind == null ? Map.of("score", pain) : Map.of("score", pain, "kind", painKind);
        given().auth().oauth2(Tokens.of("tessa")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", session.toString(),
                        "performedAt", at.toString(),
                        "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(), "rpe", 5, "pain", painEntry,
                                "sets", List.of(Map.of("reps", reps))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201).body("partial", is(false));
    }
}
