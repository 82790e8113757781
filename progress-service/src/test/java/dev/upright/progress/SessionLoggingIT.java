package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Clara (Harbor) has an active plan with one session of a band row (2x12) and a doorway stretch (3x20 s). */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class SessionLoggingIT {

    static final UUID CLIENT = UUID.randomUUID();
    static final UUID PLAN = UUID.randomUUID();
    static final UUID SESSION = UUID.randomUUID();
    static final UUID BAND_ROW = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d01");
    static final UUID STRETCH = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d03");
    static final UUID PLANK = UUID.fromString("0b6c3f7e-5d1a-4c61-9f50-1a7e3c2b9d05");

    private static boolean planActivated;

    /** Once per class, but in a test's context: the app's HTTP port is known to REST Assured only there. */
    @BeforeEach
    void claraHasAnActivePlan() {
        if (planActivated) {
            return;
        }
        String clara = Tokens.subjectOf(Tokens.of("clara"));
        String theo = Tokens.subjectOf(Tokens.of("theo"));
        String plan = """
                {"planId":"%s","clientId":"%s","clientUserId":"%s","therapistUserId":"%s",
                 "activatedAt":"2026-11-01T09:00:00Z","weeks":4,"sessionsPerWeek":2,
                 "sessions":[{"sessionId":"%s","week":1,"order":1,"exercises":[
                   {"exerciseId":"%s","name":"Band row","block":"strengthening","sets":2,"reps":12},
                   {"exerciseId":"%s","name":"Doorway stretch","block":"cool-down","sets":3,"holdSeconds":20,"repetitions":3}]}]}
                """.formatted(PLAN, CLIENT, clara, theo, SESSION, BAND_ROW, STRETCH);
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle", CLIENT.toString(),
                UUID.randomUUID().toString(), "plans.plan-activated.v1", "harbor", plan);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/me/sessions").then().statusCode(200));
        planActivated = true;
    }

    @Test
    void shouldLogACompletePlannedSessionAndPublishItForPlanService() {
        String id = given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(session(List.of(row(12, 12, 6, 0, null), stretch())))
                .when().post("/api/v1/sessions")
                .then().statusCode(201)
                .body("clientId", is(CLIENT.toString()))
                .body("partial", is(false))
                .body("exercises.completedAsPrescribed", contains(true, true))
                .body("exercises[0].totalReps", is(24))
                .body("exercises[0].maxLoadKg", is(2.5f))
                .body("safety", hasSize(0))
                .extract().path("id");

        var event = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "progress.sessions",
                record -> record.value().contains(id), Duration.ofSeconds(30));
        assertThat(event.key()).isEqualTo(CLIENT.toString());
        assertThat(event.header("ce_type")).isEqualTo("progress.session-logged.v1");
        assertThat(event.header("ce_tenantid")).isEqualTo("harbor");
        assertThat(event.value()).contains("\"completedAsPrescribed\":true").contains("\"rpe\":6");

        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + CLIENT + "/sessions")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void shouldMarkASessionWithAMissedSetAsPartial() {
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(session(List.of(row(12, 8, 7, 0, null))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201)
                .body("partial", is(true))
                .body("exercises[0].completedAsPrescribed", is(false));
    }

    @Test
    void shouldTellTheClientToStopAndAlertTheTherapistOnceOnSharpPain() {
        String key = UUID.randomUUID().toString();
        var body = session(List.of(row(12, 12, 6, 3, "sharp"), stretch()));

        String first = given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/sessions")
                .then().statusCode(201)
                .body("safety.exerciseId", contains(BAND_ROW.toString()))
                .body("safety[0].message", org.hamcrest.Matchers.containsString("Stop Band row"))
                .extract().path("id");

        // The phone lost the answer and sends the same request again
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/sessions")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", is(first))
                .body("safety", hasSize(1));

        List<Map<String, Object>> alerts = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/alerts")
                .then().statusCode(200).extract().path("findAll { it.reason == 'pain' && it.detail.contains('sharp') }");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.getFirst().get("clientId")).isEqualTo(CLIENT.toString());
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/alerts")
                .then().statusCode(200).body("clientId", not(hasItem(CLIENT.toString())));

        String alertId = (String) alerts.getFirst().get("id");
        given().auth().oauth2(Tokens.of("sam")).when().post("/api/v1/alerts/" + alertId + "/ack").then().statusCode(404);
        given().auth().oauth2(Tokens.of("theo")).when().post("/api/v1/alerts/" + alertId + "/ack")
                .then().statusCode(200).body("acknowledgedAt", notNullValue());
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/alerts")
                .then().statusCode(200).body("id", not(hasItem(alertId)));
    }

    @Test
    void shouldRefuseADifferentSessionUnderAnIdempotencyKeyAlreadyUsed() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(session(List.of(row(12, 12, 5, 0, null)))).when().post("/api/v1/sessions")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(session(List.of(row(10, 10, 5, 0, null)))).when().post("/api/v1/sessions")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldStoreOneSessionWhenRetriesOfOneKeyArriveAtOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        var body = session(List.of(row(12, 12, 5, 0, null)));
        String token = Tokens.of("clara");
        int before = given().auth().oauth2(token).when().get("/api/v1/me/sessions?size=100")
                .then().statusCode(200).extract().path("size()");

        // A phone on a bad connection fires the same request eight times within a few milliseconds
        List<io.restassured.response.Response> answers;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<io.restassured.response.Response>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                            .body(body).when().post("/api/v1/sessions");
                }));
            }
            start.countDown();
            answers = new java.util.ArrayList<>();
            for (var answer : sent) answers.add(answer.get());
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.<String>path("id")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null)).hasSize(1);
        given().auth().oauth2(token).when().get("/api/v1/me/sessions?size=100")
                .then().statusCode(200).body("size()", is(before + 1));
    }

    @Test
    void shouldLetAKeyOfARefusedRequestBeUsedForTheCorrectedOne() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(session(List.of(row(12, 12, 11, 0, null)))).when().post("/api/v1/sessions")
                .then().statusCode(400).body("errors.field", contains("exercises[0].rpe"));

        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(session(List.of(row(12, 12, 6, 0, null)))).when().post("/api/v1/sessions")
                .then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldNameEachInvalidFieldAndSaveNothing() {
        int before = given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/me/sessions?size=100")
                .then().statusCode(200).extract().path("size()");
        var bad = Map.of("plannedSessionId", SESSION.toString(),
                "performedAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "exercises", List.of(Map.of("exerciseId", UUID.randomUUID().toString(), "rpe", 11,
                        "sets", List.of(Map.of("reps", -1)), "pain", Map.of("score", 12, "kind", "sharp"))));

        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("performedAt", "exercises[0].exerciseId", "exercises[0].rpe",
                        "exercises[0].sets[0].reps", "exercises[0].pain.score"));

        given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/me/sessions?size=100")
                .then().statusCode(200).body("size()", is(before));
    }

    @Test
    void shouldKeepAClientsSessionsFromOtherClinicsAndOtherClients() {
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clients/" + CLIENT + "/sessions")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/clients/" + CLIENT + "/sessions")
                .then().statusCode(403);
        // Colin (same clinic, no plan yet) has nothing to log against and sees no one's history
        given().auth().oauth2(Tokens.of("colin")).contentType(ContentType.JSON)
                .body(session(List.of(row(12, 12, 5, 0, null)))).when().post("/api/v1/sessions")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of("colin")).when().get("/api/v1/me/sessions").then().statusCode(404);
    }

    @Test
    void shouldLetTheTherapistLogOnTheClientsBehalf() {
        given().auth().oauth2(Tokens.of("tessa")).contentType(ContentType.JSON)
                .body(Map.of("clientId", CLIENT.toString(), "plannedSessionId", SESSION.toString(),
                        "performedAt", Instant.now().minusSeconds(600).toString(),
                        "exercises", List.of(row(12, 12, 5, 0, null))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201).body("clientId", is(CLIENT.toString()));
        given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON)
                .body(Map.of("clientId", CLIENT.toString(), "performedAt", Instant.now().toString(),
                        "exercises", List.of(row(12, 12, 5, 0, null))))
                .when().post("/api/v1/sessions")
                .then().statusCode(404);
    }

    @Test
    void shouldKeepEveryLoggedFieldAndFindItByDateRange() {
        Instant at = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var body = Map.of("performedAt", at.toString(), "notes", "Hotel room, no anchor for the band",
                "exercises", List.of(
                        Map.of("exerciseId", BAND_ROW.toString(), "rpe", 7, "notes", "Left side stiff",
                                "pain", Map.of("score", 2, "kind", "mild-tension", "location", "upper back"),
                                "sets", List.of(Map.of("reps", 10, "loadKg", 4.0), Map.of("reps", 8, "loadKg", 5.5))),
                        Map.of("exerciseId", PLANK.toString(), "rpe", 8, "sets", List.of(Map.of("durationSeconds", 45))),
                        Map.of("exerciseId", STRETCH.toString(), "sets", List.of(Map.of("holdSeconds", 25)))));
        String id = given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sessions")
                .then().statusCode(201).body("plannedSessionId", is((Object) null)).body("safety", hasSize(0))
                .extract().path("id");

        var found = given().auth().oauth2(Tokens.of("clara"))
                .queryParam("from", at.minusSeconds(1).toString()).queryParam("to", at.plusSeconds(1).toString())
                .when().get("/api/v1/me/sessions")
                .then().statusCode(200).body("id", contains(id)).extract().jsonPath();
        assertThat(found.getString("[0].performedAt")).isEqualTo(at.toString());
        assertThat(found.getString("[0].notes")).isEqualTo("Hotel room, no anchor for the band");
        assertThat(found.getBoolean("[0].partial")).isFalse();
        assertThat(found.getList("[0].exercises.exerciseId")).containsExactlyInAnyOrder(BAND_ROW.toString(),
                PLANK.toString(), STRETCH.toString());
        Map<String, Object> row = found.getMap("[0].exercises.find { it.exerciseId == '" + BAND_ROW + "' }");
        assertThat(row).containsEntry("rpe", 7).containsEntry("painScore", 2).containsEntry("painKind", "mild-tension")
                .containsEntry("painLocation", "upper back").containsEntry("notes", "Left side stiff")
                .containsEntry("totalReps", 18).containsEntry("maxLoadKg", 5.5f)
                .containsEntry("completedAsPrescribed", false);
        assertThat(found.getList("[0].exercises.find { it.exerciseId == '" + BAND_ROW + "' }.sets.loadKg"))
                .containsExactly(4.0f, 5.5f);
        assertThat(found.getInt("[0].exercises.find { it.exerciseId == '" + PLANK + "' }.sets[0].durationSeconds"))
                .isEqualTo(45);
        assertThat(found.getInt("[0].exercises.find { it.exerciseId == '" + STRETCH + "' }.sets[0].holdSeconds"))
                .isEqualTo(25);

        given().auth().oauth2(Tokens.of("clara")).queryParam("to", at.toString())
                .when().get("/api/v1/me/sessions?size=100").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldRefuseToLogAgainstAnotherClientsPlanOrAsAnotherClient() {
        UUID other = UUID.randomUUID();
        UUID othersSession = PlanActivations.activate(other, 2, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        String othersLog = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", other.toString(), "performedAt", Instant.now().minusSeconds(60).toString(),
                        "exercises", List.of(row(12, 12, 5, 0, null))))
                .when().post("/api/v1/sessions").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(Map.of("plannedSessionId", othersSession.toString(), "performedAt", Instant.now().toString(),
                        "exercises", List.of(row(12, 12, 5, 0, null))))
                .when().post("/api/v1/sessions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("plannedSessionId"));
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(Map.of("clientId", other.toString(), "performedAt", Instant.now().toString(),
                        "exercises", List.of(row(12, 12, 5, 0, null))))
                .when().post("/api/v1/sessions")
                .then().statusCode(400).body("errors.field", contains("clientId"));

        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + other + "/sessions")
                .then().statusCode(200).body("id", contains(othersLog));
        given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/me/sessions?size=100")
                .then().statusCode(200).body("id", not(hasItem(othersLog)));
    }

    @Test
    void shouldPublishEverySessionWhoeverLogsItPlannedPartialOrNot() {
        String complete = given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(session(List.of(row(12, 12, 6, 0, null), stretch())))
                .when().post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        String partial = given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(session(List.of(row(12, 6, 8, 0, null))))
                .when().post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        String unplannedByTherapist = given().auth().oauth2(Tokens.of("tessa")).contentType(ContentType.JSON)
                .body(Map.of("clientId", CLIENT.toString(), "performedAt", Instant.now().minusSeconds(300).toString(),
                        "exercises", List.of(stretch())))
                .when().post("/api/v1/sessions").then().statusCode(201).extract().path("id");

        for (String id : List.of(complete, partial, unplannedByTherapist)) {
            var event = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "progress.sessions",
                    record -> record.value().contains(id), Duration.ofSeconds(30));
            assertThat(event.key()).isEqualTo(CLIENT.toString());
            assertThat(event.header("ce_type")).isEqualTo("progress.session-logged.v1");
        }
    }

    private static Map<String, Object> session(List<Map<String, Object>> exercises) {
        return Map.of("plannedSessionId", SESSION.toString(), "performedAt", Instant.now().minusSeconds(1800).toString(),
                "exercises", exercises, "notes", "Felt good overall");
    }

    private static Map<String, Object> row(int firstSet, int secondSet, int rpe, int pain, String painKind) {
        var painEntry = painKind == null ? Map.<String, Object>of("score", pain)
                : Map.<String, Object>of("score", pain, "kind", painKind, "location", "right shoulder");
        return Map.of("exerciseId", BAND_ROW.toString(), "rpe", rpe, "pain", painEntry,
                "sets", List.of(Map.of("reps", firstSet, "loadKg", 2.5), Map.of("reps", secondSet, "loadKg", 2.5)));
    }

    private static Map<String, Object> stretch() {
        return Map.of("exerciseId", STRETCH.toString(), "rpe", 2,
                "sets", List.of(Map.of("holdSeconds", 20), Map.of("holdSeconds", 20), Map.of("holdSeconds", 20)));
    }
}
