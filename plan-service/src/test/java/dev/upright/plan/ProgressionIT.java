package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Progression and pain safety driven by progress.sessions events, as progress-service publishes them,
 * against an activated plan. Sessions are dated from the activation on, a week apart where a step is
 * expected, because a plan steps up at most once a week.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ProgressionIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void catalogueIsKnown() {
        GlobalCatalogue.ensurePublished();
    }

    @Test
    void shouldAddASetAfterTwoGoodSessionsThenTheNextStepAWeekLater() {
        ActivePlan plan = activate("theo", "Paula Progress");
        Exercise row = plan.strengtheningWithSetsBelowThree();
        Instant start = plan.activatedAt();

        logGood(plan, row, start.plus(7, ChronoUnit.DAYS));
        logGood(plan, row, start.plus(8, ChronoUnit.DAYS));

        JsonPath first = awaitChanges("theo", plan.id(), 1);
        assertThat(first.getString("[0].kind")).isEqualTo("progressed");
        assertThat(first.getString("[0].step")).isEqualTo(row.sets() == 1 ? "SECOND_SET" : "THIRD_SET");
        assertThat(first.getString("[0].source")).isEqualTo("automatic");
        assertThat(first.getList("[0].sessionLogIds")).hasSize(2);
        assertThat(first.getString("[0].reason")).contains(row.name());
        assertThat(setsOf("theo", plan.id(), row.exerciseId())).containsOnly(row.sets() + 1);

        // Two more good sessions within the same week of the change: ready, but one step a week at most.
        logGood(plan, row, start.plus(9, ChronoUnit.DAYS));
        logGood(plan, row, start.plus(10, ChronoUnit.DAYS));
        // A week after the change: the next step, in order.
        logGood(plan, row, start.plus(15, ChronoUnit.DAYS));

        JsonPath second = awaitChanges("theo", plan.id(), 2);
        assertThat(second.getString("[0].step")).isEqualTo(row.sets() == 1 ? "THIRD_SET" : "HEAVIER_LOAD");
        assertThat(second.getString("[1].step")).isEqualTo(row.sets() == 1 ? "SECOND_SET" : "THIRD_SET");
        assertThat(second.getString("[0].at")).startsWith(start.plus(15, ChronoUnit.DAYS).toString().substring(0, 10));
    }

    @Test
    void shouldPauseAnExerciseOnSharpPainAndPublishThePlanWithoutIt() {
        ActivePlan plan = activate("theo", "Sharp Sam");
        Exercise row = plan.strengtheningWithSetsBelowThree();

        UUID log = logSession(plan, row, plan.activatedAt().plus(1, ChronoUnit.DAYS), true, 4, 6, "sharp");

        JsonPath changes = awaitChanges("theo", plan.id(), 1);
        assertThat(changes.getString("[0].kind")).isEqualTo("paused");
        assertThat(changes.getList("[0].sessionLogIds")).containsExactly(log.toString());
        assertThat(changes.getString("[0].reason")).contains("Stop this exercise");
        JsonPath view = given().auth().oauth2(Tokens.of("theo")).get("/api/v1/plans/" + plan.id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("sessions.exercises.flatten().findAll { it.exerciseId == '" + row.exerciseId() + "' }.status"))
                .isNotEmpty().containsOnly("paused");

        var adjusted = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle",
                r -> r.value().contains(plan.id()) && r.value().contains("\"paused\""), Duration.ofSeconds(30));
        assertThat(adjusted.headers()).containsEntry("ce_type", PlanAdjusted.TYPE).containsEntry("ce_tenantid", "harbor");
        assertThat(adjusted.value()).doesNotContain("\"exerciseId\":\"" + row.exerciseId() + "\",\"name\"");

        // Good sessions afterwards never bring a paused exercise back by themselves.
        logGood(plan, row, plan.activatedAt().plus(8, ChronoUnit.DAYS));
        logGood(plan, row, plan.activatedAt().plus(9, ChronoUnit.DAYS));
        logGood(plan, plan.anotherStrengthening(row), plan.activatedAt().plus(10, ChronoUnit.DAYS));
        awaitChanges("theo", plan.id(), 1);
        assertThat(given().auth().oauth2(Tokens.of("theo")).get("/api/v1/plans/" + plan.id() + "/changes")
                .then().extract().jsonPath().getList("findAll { it.exerciseId == '" + row.exerciseId() + "' }.kind"))
                .containsExactly("paused");
    }

    @Test
    void shouldPauseOnPainFromASessionDatedBeforeTheActivation() {
        ActivePlan plan = activate("theo", "Lou Late");
        Exercise row = plan.strengtheningWithSetsBelowThree();

        // Logged to the minute, right after the therapist activated the plan: its time is a moment earlier
        UUID log = logSession(plan, row, plan.activatedAt().minus(1, ChronoUnit.MINUTES), true, 5, 6, "worsening");

        JsonPath changes = awaitChanges("theo", plan.id(), 1);
        assertThat(changes.getString("[0].kind")).isEqualTo("paused");
        assertThat(changes.getList("[0].sessionLogIds")).containsExactly(log.toString());
    }

    @Test
    void shouldRegressToTheEasierVariationWhenTheClinicSaysSo() {
        given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON)
                .body(Map.of("qualifyingSessions", 2, "maxManageableRpe", 7, "painThreshold", 4, "onPain", "regress"))
                .put("/api/v1/clinic/progression-settings").then().statusCode(200).body("onPain", is("regress"));
        ActivePlan plan = activate("sam", "Regina Regress", Map.of("experienceLevel", "intermediate",
                "equipment", List.of("dumbbells", "resistance-band", "mat", "bench"), "goals", List.of("strength")));
        Exercise row = plan.withEasierVariation();

        // Pain 4 is below the default threshold of 5, but this clinic set 4.
        logSession(plan, row, plan.activatedAt().plus(1, ChronoUnit.DAYS), true, 5, 4, "mild-tension");

        JsonPath changes = awaitChanges("sam", plan.id(), 1);
        assertThat(changes.getString("[0].kind")).isEqualTo("regressed");
        assertThat(changes.getString("[0].newExerciseId")).isEqualTo(row.easierId());
        assertThat(given().auth().oauth2(Tokens.of("sam")).get("/api/v1/plans/" + plan.id()).then().extract().jsonPath()
                .getList("sessions.exercises.flatten().exerciseId")).contains(row.easierId()).doesNotContain(row.exerciseId());
    }

    @Test
    void shouldApplyTheSameSessionOnceHoweverOftenItIsDelivered() {
        ActivePlan plan = activate("theo", "Ida Idempotent");
        Exercise row = plan.strengtheningWithSetsBelowThree();
        Instant start = plan.activatedAt();
        logGood(plan, row, start.plus(7, ChronoUnit.DAYS));
        UUID eventId = UUID.randomUUID();
        String second = sessionLogged(plan, row, UUID.randomUUID(), start.plus(8, ChronoUnit.DAYS), true, 5, 0, null);
        for (int i = 0; i < 3; i++) {
            publish(plan, eventId, second);
        }
        // The same session redelivered under a new event id (a replay from the producer's side) too.
        publish(plan, UUID.randomUUID(), second);
        // A marker after the duplicates: once its pause shows, every duplicate before it was processed.
        Exercise other = plan.anotherStrengthening(row);
        logSession(plan, other, start.plus(9, ChronoUnit.DAYS), true, 5, 7, "sharp");

        JsonPath changes = awaitChanges("theo", plan.id(), 2);
        assertThat(changes.getList("kind")).containsExactlyInAnyOrder("progressed", "paused");
        assertThat(setsOf("theo", plan.id(), row.exerciseId())).containsOnly(row.sets() + 1);
    }

    @Test
    void shouldKeepChangesAndSettingsInsideTheClinic() {
        ActivePlan plan = activate("theo", "Cleo Closed");
        given().auth().oauth2(Tokens.of("sam")).get("/api/v1/plans/" + plan.id() + "/changes")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("qualifyingSessions", 1, "maxManageableRpe", 9, "painThreshold", 9, "onPain", "pause"))
                .put("/api/v1/clinic/progression-settings").then().statusCode(403);
        given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON)
                .body(Map.of("qualifyingSessions", 0, "maxManageableRpe", 11, "painThreshold", 5, "onPain", "ignore"))
                .put("/api/v1/clinic/progression-settings").then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", is(3));
        given().auth().oauth2(Tokens.of("theo")).get("/api/v1/clinic/progression-settings")
                .then().statusCode(200).body("qualifyingSessions", is(2)).body("painThreshold", is(5))
                .body("onPain", is("pause"));
    }

    // ---- helpers

    record Exercise(String exerciseId, String name, int sets, String easierId, List<String> equipment, String sessionId) {

        /** A band or weights: the step after the third set is a heavier load, not a variation the client may lack. */
        boolean loaded() {
            return equipment.stream().anyMatch(List.of("resistance-band", "dumbbells", "barbell", "cable", "kettlebell")::contains);
        }
    }

    record ActivePlan(String id, String clientId, String tenant, Instant activatedAt, JsonPath view) {

        /** One set (the next two steps both add a set), or two with a load to raise after the third set. */
        Exercise strengtheningWithSetsBelowThree() {
            return strengthening().stream().filter(e -> e.sets() == 1 || (e.sets() == 2 && e.loaded()))
                    .min(java.util.Comparator.comparingInt(Exercise::sets))
                    .orElseThrow(() -> new AssertionError("no strengthening exercise below three sets in " + view.prettify()));
        }

        Exercise anotherStrengthening(Exercise not) {
            return strengthening().stream().filter(e -> !e.exerciseId().equals(not.exerciseId())).findFirst().orElseThrow();
        }

        Exercise withEasierVariation() {
            return strengthening().stream().filter(e -> e.easierId() != null).findFirst()
                    .orElseThrow(() -> new AssertionError("no exercise with an easier variation in " + view.prettify()));
        }

        private List<Exercise> strengthening() {
            // Other tests add clinic exercises, which plans may use too: ask the service, not the global file
            Map<String, Map<String, Object>> catalogue = PlanResourceIT.planningCatalogue();
            List<Exercise> out = new java.util.ArrayList<>();
            List<Map<String, Object>> sessions = view.getList("sessions");
            for (Map<String, Object> session : sessions) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) session.get("exercises");
                for (Map<String, Object> r : rows) {
                    String id = (String) r.get("exerciseId");
                    if (!"strengthening".equals(r.get("block")) || out.stream().anyMatch(e -> e.exerciseId().equals(id))) continue;
                    @SuppressWarnings("unchecked")
                    Map<String, Object> dose = (Map<String, Object>) r.get("dose");
                    Map<String, Object> known = catalogue.getOrDefault(id, Map.of());
                    @SuppressWarnings("unchecked")
                    List<String> equipment = (List<String>) known.getOrDefault("equipment", List.of());
                    out.add(new Exercise(id, (String) r.get("name"), ((Number) dose.getOrDefault("sets", 1)).intValue(),
                            (String) known.get("easierId"), equipment, (String) session.get("id")));
                }
            }
            return out;
        }
    }

    private static ActivePlan activate(String therapist, String name) {
        return activate(therapist, name, Map.of("experienceLevel", "beginner",
                "equipment", List.of("resistance-band", "dumbbells", "mat"), "goals", List.of("posture")));
    }

    private static ActivePlan activate(String therapist, String name, Map<String, ?> profile) {
        var body = new java.util.HashMap<String, Object>(profile);
        body.put("displayName", name);
        String client = ClientResourceIT.create(therapist, body);
        String planId = given().auth().oauth2(Tokens.of(therapist)).contentType(ContentType.JSON).body(Map.of("seed", 7))
                .post("/api/v1/clients/" + client + "/plans").then().statusCode(201).extract().path("id");
        JsonPath view = given().auth().oauth2(Tokens.of(therapist)).post("/api/v1/plans/" + planId + "/activate")
                .then().statusCode(200).body("status", is("active")).extract().jsonPath();
        String tenant = therapist.equals("sam") ? "summit" : "harbor";
        // Whole seconds: the database keeps microseconds, so later dates stay exact multiples of a day from it.
        Instant activated = Instant.parse(view.getString("activatedAt")).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return new ActivePlan(planId, client, tenant, activated, view);
    }

    private static void logGood(ActivePlan plan, Exercise row, Instant at) {
        logSession(plan, row, at, true, 5, 0, null);
    }

    private static UUID logSession(ActivePlan plan, Exercise row, Instant at, boolean complete, int rpe, int pain,
                                   String painKind) {
        UUID log = UUID.randomUUID();
        publish(plan, UUID.randomUUID(), sessionLogged(plan, row, log, at, complete, rpe, pain, painKind));
        return log;
    }

    private static String sessionLogged(ActivePlan plan, Exercise row, UUID log, Instant at, boolean complete, int rpe,
                                        int pain, String painKind) {
        ObjectNode event = JSON.createObjectNode();
        event.put("sessionLogId", log.toString());
        event.put("clientId", plan.clientId());
        event.put("planId", plan.id());
        event.put("plannedSessionId", row.sessionId());
        event.put("performedAt", at.toString());
        event.put("partial", false);
        ArrayNode exercises = event.putArray("exercises");
        ObjectNode result = exercises.addObject();
        result.put("exerciseId", row.exerciseId());
        ArrayNode sets = result.putArray("sets");
        for (int i = 0; i < row.sets(); i++) {
            sets.addObject().put("reps", 10);
        }
        result.put("rpe", rpe);
        result.put("painScore", pain);
        if (painKind == null) result.putNull("painKind"); else result.put("painKind", painKind);
        result.put("painLocation", pain > 0 ? "upper back" : null);
        result.put("completedAsPrescribed", complete);
        return event.toString();
    }

    private static void publish(ActivePlan plan, UUID eventId, String payload) {
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "progress.sessions", plan.clientId(),
                eventId.toString(), "progress.session-logged.v1", plan.tenant(), payload);
    }

    private static JsonPath awaitChanges(String user, String planId, int count) {
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(Tokens.of(user)).get("/api/v1/plans/" + planId + "/changes")
                        .then().statusCode(200).extract().jsonPath().getList("$").size() >= count);
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/plans/" + planId + "/changes").then().extract().jsonPath();
    }

    private static List<Integer> setsOf(String user, String planId, String exerciseId) {
        return given().auth().oauth2(Tokens.of(user)).get("/api/v1/plans/" + planId).then().statusCode(200).extract()
                .jsonPath().getList("sessions.exercises.flatten().findAll { it.exerciseId == '" + exerciseId + "' }.dose.sets");
    }
}
