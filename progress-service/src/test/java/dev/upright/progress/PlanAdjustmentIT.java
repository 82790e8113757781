package dev.upright.progress;

import static dev.upright.progress.PlanActivations.BAND_ROW;
import static dev.upright.progress.PlanActivations.exercise;
import static dev.upright.progress.PlanActivations.session;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

/** plans.plan-adjusted.v1: what a client is asked to do changes, and logging and adherence follow it. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class PlanAdjustmentIT {

    static final UUID FACE_PULL = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d02");
    static final UUID CABLE_ROW = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d04");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void shouldCheckLogsAndMeasureAdherenceAgainstTheAdjustedPlan() {
        UUID client = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        PlanActivations.activate(client.toString(), plan, client, 2, TODAY.minusDays(14),
                session(first, 1, exercise(BAND_ROW, "Band row", 1, 10), exercise(FACE_PULL, "Face pull", 1, 10)));
        assertThat(exercisesPerPrescribedSession(client)).isCloseTo(2.0, within(1e-9));

        // Sharp pain paused the band row; the therapist added a second session with a heavier row, 2x12
        PlanActivations.adjust("harbor", UUID.randomUUID().toString(), plan, client, Instant.now(),
                session(first, 1, exercise(FACE_PULL, "Face pull", 1, 10)),
                session(added, 2, exercise(CABLE_ROW, "Seated cable row", 2, 12), exercise(FACE_PULL, "Face pull", 1, 10)));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> assertThat(rejectedFields(client, added, CABLE_ROW)).containsExactly("exercises[0].rpe"));

        assertThat(rejectedFields(client, first, BAND_ROW)).contains("exercises[0].exerciseId");
        log(client, added, List.of(12, 12)).body("partial", is(false))
                .body("exercises.completedAsPrescribed", contains(true, true));
        log(client, added, List.of(12)).body("partial", is(true))
                .body("exercises.completedAsPrescribed", contains(false, true));
        // One session of one exercise and one of two: 1.5 exercises in each prescribed session from now on
        assertThat(exercisesPerPrescribedSession(client)).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void shouldGiveThePlanToItsClientWhenTheLoginIsLinkedAfterActivation() {
        UUID client = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String chloe = Tokens.of("chloe");
        PlanActivations.activate(client.toString(), plan, client, 2, TODAY.minusDays(3),
                session(session, 1, exercise(BAND_ROW, "Band row", 1, 10)));
        given().auth().oauth2(chloe).when().get("/api/v1/me/sessions").then().statusCode(404);

        // plan-service announces the same plan again once the login is linked
        PlanActivations.announce(client.toString(), plan, client, Tokens.subjectOf(chloe), 2, TODAY.minusDays(3),
                session(session, 1, exercise(BAND_ROW, "Band row", 1, 10)));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(chloe).when().get("/api/v1/me/sessions").then().statusCode(200));
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + client + "/adherence")
                .then().statusCode(200);
    }

    @Test
    void shouldKeepTheNewestAdjustmentWhenAnOlderOneOrAReplayArrivesLater() {
        UUID client = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID only = UUID.randomUUID();
        Instant activated = TODAY.minusDays(3).atTime(8, 0).toInstant(ZoneOffset.UTC);
        PlanActivations.activate(client.toString(), plan, client, 2, TODAY.minusDays(3),
                session(only, 1, exercise(BAND_ROW, "Band row", 1, 10)));

        String firstEvent = UUID.randomUUID().toString();
        PlanActivations.adjust("harbor", firstEvent, plan, client, activated.plus(1, ChronoUnit.HOURS),
                session(only, 1, exercise(FACE_PULL, "Face pull", 1, 10)));
        PlanActivations.adjust("harbor", UUID.randomUUID().toString(), plan, client, activated.plus(2, ChronoUnit.HOURS),
                session(only, 1, exercise(CABLE_ROW, "Seated cable row", 2, 12)));
        // Late deliveries: the first event again, an older adjustment under a new id, and another clinic's
        PlanActivations.adjust("harbor", firstEvent, plan, client, activated.plus(1, ChronoUnit.HOURS),
                session(only, 1, exercise(FACE_PULL, "Face pull", 1, 10)));
        PlanActivations.adjust("harbor", UUID.randomUUID().toString(), plan, client,
                activated.plus(30, ChronoUnit.MINUTES), session(only, 1, exercise(FACE_PULL, "Face pull", 1, 10)));
        PlanActivations.adjust("summit", UUID.randomUUID().toString(), plan, client, Instant.now(),
                session(only, 1, exercise(FACE_PULL, "Face pull", 1, 10)));
        everyEarlierEventOfTheClientConsumed(client);

        assertThat(rejectedFields(client, only, CABLE_ROW)).containsExactly("exercises[0].rpe");
        assertThat(rejectedFields(client, only, FACE_PULL)).contains("exercises[0].exerciseId");
    }

    @Test
    void shouldApplyAnAdjustmentThatArrivesBeforeItsPlan() {
        UUID client = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        UUID only = UUID.randomUUID();
        PlanActivations.adjust("harbor", UUID.randomUUID().toString(), plan, client, Instant.now(),
                session(only, 1, exercise(FACE_PULL, "Face pull", 1, 10)));
        PlanActivations.activate(client.toString(), plan, client, 2, TODAY.minusDays(3),
                session(only, 1, exercise(BAND_ROW, "Band row", 1, 10)));

        assertThat(rejectedFields(client, only, FACE_PULL)).containsExactly("exercises[0].rpe");
        assertThat(rejectedFields(client, only, BAND_ROW)).contains("exercises[0].exerciseId");
    }

    /** Events with the same key share a partition: once a later one is consumed, so are all before it. */
    private static void everyEarlierEventOfTheClientConsumed(UUID client) {
        UUID marker = UUID.randomUUID();
        PlanActivations.activate(client.toString(), UUID.randomUUID(), marker, 1, TODAY,
                session(UUID.randomUUID(), 1, exercise(BAND_ROW, "Band row", 1, 10)));
    }

    /**
     * What the service objects to in a session that is always invalid (RPE 11), so nothing is saved: an
     * exercise of the planned session draws only the RPE error.
     */
    private static List<String> rejectedFields(UUID client, UUID plannedSession, UUID exercise) {
        return given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", plannedSession.toString(),
                        "performedAt", Instant.now().minusSeconds(60).toString(),
                        "exercises", List.of(Map.of("exerciseId", exercise.toString(), "rpe", 11,
                                "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(400).extract().path("errors.field");
    }

    private static io.restassured.response.ValidatableResponse log(UUID client, UUID plannedSession, List<Integer> rowSets) {
        return given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", plannedSession.toString(),
                        "performedAt", Instant.now().minusSeconds(600).toString(),
                        "exercises", List.of(
                                Map.of("exerciseId", CABLE_ROW.toString(), "rpe", 6,
                                        "sets", rowSets.stream().map(reps -> Map.of("reps", reps)).toList()),
                                Map.of("exerciseId", FACE_PULL.toString(), "rpe", 5, "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201);
    }

    private static double exercisesPerPrescribedSession(UUID client) {
        JsonPath adherence = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + client + "/adherence")
                .then().statusCode(200).extract().jsonPath();
        return adherence.getDouble("last30.exercisesPrescribed") / adherence.getDouble("last30.sessionsPrescribed");
    }
}
