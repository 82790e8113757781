package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class PlanResourceIT {

    private static final List<String> BLOCKS = List.of("warm-up", "strengthening", "cool-down");

    @BeforeEach
    void catalogueIsKnown() {
        GlobalCatalogue.ensurePublished();
    }

    @Test
    void shouldGenerateADraftThatKeepsTheRules() {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Rita Rules", "experienceLevel", "intermediate",
                "equipment", List.of("resistance-band", "mat"), "goals", List.of("posture", "strength"), "deskWorker", true));

        JsonPath plan = generate("theo", client, Map.of("seed", 42)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/plans/"))
                .body("status", is("draft")).body("seed", is(42)).body("weeks", is(4)).body("sessionsPerWeek", is(3))
                .body("explanations.rule", hasItems("FREQUENCY", "DETERMINISM"))
                .extract().jsonPath();

        Map<String, Map<String, Object>> catalogue = planningCatalogue();
        List<Map<String, Object>> sessions = plan.getList("sessions");
        assertThat(sessions).hasSize(12);
        for (int week = 1; week <= 4; week++) {
            int w = week;
            assertThat(sessions.stream().filter(s -> s.get("week").equals(w))).hasSize(3);
        }
        for (Map<String, Object> session : sessions) {
            List<Map<String, Object>> exercises = exercises(session);
            List<String> blocks = exercises.stream().map(e -> (String) e.get("block")).toList();
            assertThat(blocks.getFirst()).as("session starts with the warm-up").isEqualTo("warm-up");
            assertThat(blocks).as("blocks in order").isSortedAccordingTo(java.util.Comparator.comparingInt(BLOCKS::indexOf));
            List<Map<String, Object>> strength = inBlock(exercises, "strengthening");
            assertThat(strength).hasSizeBetween(3, 5);
            assertThat(strength).as("a row").anyMatch(e -> "row".equals(of(catalogue, e).get("movement")));
            assertThat(strength).as("a posture move").anyMatch(e -> "posture".equals(of(catalogue, e).get("category")));
            List<Map<String, Object>> coolDown = inBlock(exercises, "cool-down");
            assertThat(coolDown).hasSizeBetween(3, 5).allMatch(e -> "stretch".equals(of(catalogue, e).get("category")));
            assertThat(inBlock(exercises, "warm-up")).noneMatch(e -> "stretch".equals(of(catalogue, e).get("category")));
            for (Map<String, Object> e : exercises) {
                assertThat(Set.of("resistance-band", "mat", "none", "wall", "doorway", "chair", "floor"))
                        .as("equipment of " + e.get("slug")).containsAll(setupEquipment(e));
                assertThat((List<?>) e.get("reasons")).as("reasons of " + e.get("slug")).isNotEmpty();
            }
        }
        assertThat(plan.getList("postureBreaks.block")).isNotEmpty().allMatch("posture-break"::equals);
    }

    @Test
    void shouldNameTheRuleAndFixWhenNoPlanFits() {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Nora No-Rows", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band"), "contraindications", List.of("row")));

        generate("theo", client, Map.of()).statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:upright:problem:plan-unsatisfiable"))
                .body("violations.rule", hasItem("ROW_REQUIRED"))
                .body("violations.find { it.rule == 'ROW_REQUIRED' }.fix", notNullValue());
        given().auth().oauth2(Tokens.of("theo")).get("/api/v1/clients/" + client + "/plans")
                .then().statusCode(200).body("size()", is(0));
    }

    @Test
    void shouldSayHowTheClientRowsAndLetTheTherapistChooseAnotherSetup() {
        String theo = Tokens.of("theo");
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Sid Setups", "experienceLevel", "intermediate",
                "equipment", List.of("dumbbells", "barbell")));
        JsonPath plan = generate("theo", client, Map.of("seed", 3)).statusCode(201).extract().jsonPath();
        List<Map<String, Object>> rows = plan.getList("sessions.exercises.flatten().findAll { it.slug == 'bent-over-row' }");
        assertThat(rows).as("bent-over rows in the plan").isNotEmpty()
                .allSatisfy(r -> assertThat(setupEquipment(r)).containsExactly("dumbbells"));

        List<Map<String, Object>> sessions = editable(plan);
        Map<String, Object> row = sessions.stream().flatMap(s -> exercises(s).stream())
                .filter(e -> e.get("exerciseId").equals(GlobalCatalogue.idOf("bent-over-row"))).findFirst().orElseThrow();
        row.put("setup", List.of("resistance-band"));
        given().auth().oauth2(theo).contentType(ContentType.JSON).body(Map.of("version", 0, "sessions", sessions))
                .when().put("/api/v1/plans/" + plan.getString("id"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(org.hamcrest.Matchers.endsWith(".setup")));

        row.put("setup", List.of("barbell"));
        JsonPath saved = given().auth().oauth2(theo).contentType(ContentType.JSON).body(Map.of("version", 0, "sessions", sessions))
                .when().put("/api/v1/plans/" + plan.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> changed = saved.getMap("sessions.exercises.flatten().find { it.id == '" + row.get("id") + "' }");
        assertThat(setupEquipment(changed)).containsExactly("barbell");
        assertThat(changed.get("reasons").toString()).contains("Done with barbell, chosen by");
    }

    @Test
    void shouldCountAPlanTheClientBeganEarlierFromItsFirstDayWithinNinetyDays() {
        String theo = Tokens.of("theo");
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Paula Paper", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band")));
        String planId = generate("theo", client, Map.of("seed", 11)).statusCode(201).extract().path("id");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        for (String bad : List.of("last tuesday", today.plusDays(1).toString(), today.minusDays(91).toString())) {
            given().auth().oauth2(theo).queryParam("startedOn", bad).post("/api/v1/plans/" + planId + "/activate")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("startedOn"));
        }
        given().auth().oauth2(theo).queryParam("startedOn", today.minusDays(20).toString())
                .post("/api/v1/plans/" + planId + "/activate")
                .then().statusCode(200).body("status", is("active"))
                .body("activatedAt", is(today.minusDays(20) + "T00:00:00Z"));
    }

    @Test
    void shouldBuildTheSamePlanFromTheSameSeed() {
        String client = ClientResourceIT.create("tessa", Map.of("displayName", "Dora Determined", "experienceLevel", "advanced",
                "equipment", List.of("dumbbells", "barbell", "resistance-band", "mat", "bench"), "goals", List.of("strength"),
                "deskWorker", true, "painAreas", List.of("neck")));

        JsonPath first = generate("tessa", client, Map.of("seed", 1234, "weeks", 3)).statusCode(201).extract().jsonPath();
        JsonPath second = generate("tessa", client, Map.of("seed", 1234, "weeks", 3)).statusCode(201).extract().jsonPath();

        assertThat(second.getString("id")).isNotEqualTo(first.getString("id"));
        assertThat(second.getString("catalogueVersion")).isEqualTo(first.getString("catalogueVersion"));
        assertThat(prescribed(second)).isEqualTo(prescribed(first)).isNotEmpty();
    }

    @Test
    void shouldRefuseAnUnsafeEditUnlessOverriddenAndRecordTheOverride() {
        String theo = Tokens.of("theo");
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Eddie Edit", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band"), "goals", List.of("posture")));
        JsonPath plan = generate("theo", client, Map.of("seed", 5)).statusCode(201).extract().jsonPath();
        String planId = plan.getString("id");
        List<Map<String, Object>> sessions = editable(plan);
        Map<String, Object> replaced = firstInBlock(sessions.getFirst(), "strengthening");
        replaced.put("exerciseId", GlobalCatalogue.idOf("renegade-row"));
        replaced.put("dose", Map.of("kind", "reps", "sets", 2, "reps", 10));

        given().auth().oauth2(theo).contentType(ContentType.JSON).body(Map.of("version", 0, "sessions", sessions))
                .when().put("/api/v1/plans/" + planId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:upright:problem:plan-rule-broken"))
                .body("violations.rule", hasItems("LEVEL", "EQUIPMENT"));
        given().auth().oauth2(theo).get("/api/v1/plans/" + planId)
                .then().statusCode(200).body("version", is(0))
                .body("sessions[0].exercises.slug", not(hasItem("renegade-row")));

        String why = "Trains at the clinic's gym under supervision";
        JsonPath saved = given().auth().oauth2(theo).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "sessions", sessions, "override", Map.of("reason", why)))
                .when().put("/api/v1/plans/" + planId)
                .then().statusCode(200).body("version", is(1)).extract().jsonPath();
        Map<String, Object> row = saved.getMap("sessions[0].exercises.find { it.slug == 'renegade-row' }");
        assertThat(row).isNotNull();
        assertThat(((Map<?, ?>) row.get("override")).get("reason")).isEqualTo(why);
        assertThat(((Map<?, ?>) row.get("override")).get("by")).isEqualTo(Tokens.subjectOf(theo));
        assertThat(row.get("reasons").toString()).contains("THERAPIST");

        // The same change sent against the old version is someone else's lost update
        given().auth().oauth2(theo).contentType(ContentType.JSON)
                .body(Map.of("version", 0, "sessions", sessions, "override", Map.of("reason", why)))
                .when().put("/api/v1/plans/" + planId)
                .then().statusCode(409).contentType("application/problem+json");

        // A static stretch in the warm-up is a safety rule
        List<Map<String, Object>> stretched = editable(saved);
        exercises(stretched.getFirst()).addFirst(new HashMap<>(Map.of("exerciseId", GlobalCatalogue.idOf("rhomboid-stretch"),
                "block", "warm-up", "dose", Map.of("kind", "timed", "minutes", 1))));
        given().auth().oauth2(theo).contentType(ContentType.JSON).body(Map.of("version", 1, "sessions", stretched))
                .when().put("/api/v1/plans/" + planId)
                .then().statusCode(422).body("violations.rule", hasItem("WARM_UP"));
    }

    @Test
    void shouldSaveAdviceBreakingEditsWithWarnings() {
        String theo = Tokens.of("theo");
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Wes Warnings", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band", "mat")));
        JsonPath plan = generate("theo", client, Map.of("seed", 9)).statusCode(201).extract().jsonPath();
        int before = plan.getList("sessions").size();
        List<Map<String, Object>> sessions = editable(plan);
        Map<String, Object> stretch = firstInBlock(sessions.getFirst(), "cool-down");
        stretch.put("dose", Map.of("kind", "hold", "sets", 1, "holdSeconds", 45, "repetitions", 2));
        sessions.removeLast();

        given().auth().oauth2(theo).contentType(ContentType.JSON).body(Map.of("version", 0, "sessions", sessions))
                .when().put("/api/v1/plans/" + plan.getString("id"))
                .then().statusCode(200)
                .body("sessions.size()", is(before - 1))
                .body("warnings.rule", hasItem("COOL_DOWN"))
                .body("sessions[0].exercises.find { it.id == '" + stretch.get("id") + "' }.dose.holdSeconds", is(45));
    }

    @Test
    void shouldActivateSupersedeTheOldPlanPublishItAndShowItToTheClient() {
        String theo = Tokens.of("theo");
        String colin = Tokens.of("colin");
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Colin Client", "experienceLevel", "intermediate",
                "equipment", List.of("resistance-band", "dumbbells", "bench", "mat"), "deskWorker", true));
        given().auth().oauth2(theo).contentType(ContentType.JSON)
                .body(Map.of("username", "colin"))
                .put("/api/v1/clients/" + client + "/account").then().statusCode(200);

        String first = generate("theo", client, Map.of("seed", 1)).statusCode(201).extract().path("id");
        given().auth().oauth2(colin).get("/api/v1/plans/" + first).then().statusCode(404); // a draft is not shown yet
        given().auth().oauth2(theo).post("/api/v1/plans/" + first + "/activate")
                .then().statusCode(200).body("status", is("active")).body("activatedAt", notNullValue());

        KafkaEvents.Event event = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle",
                r -> client.equals(r.key()) && r.value().contains(first), Duration.ofSeconds(30));
        assertThat(event.header("ce_type")).isEqualTo("plans.plan-activated.v1");
        assertThat(event.header("ce_tenantid")).isEqualTo("harbor");
        JsonPath payload = JsonPath.from(event.value());
        assertThat(payload.getString("clientUserId")).isEqualTo(Tokens.subjectOf(colin));
        assertThat(payload.getString("therapistUserId")).isEqualTo(Tokens.subjectOf(theo));
        assertThat(payload.getList("sessions")).hasSize(12);
        assertThat(payload.getList("sessions.exercises.flatten().block")).doesNotContain("posture-break").contains("warm-up");

        String second = generate("theo", client, Map.of("seed", 2)).statusCode(201).extract().path("id");
        given().auth().oauth2(theo).post("/api/v1/plans/" + second + "/activate").then().statusCode(200);
        given().auth().oauth2(theo).get("/api/v1/plans/" + first).then().statusCode(200).body("status", is("superseded"));
        given().auth().oauth2(theo).get("/api/v1/clients/" + client + "/plans")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains(second, first))
                .body("status", org.hamcrest.Matchers.contains("active", "superseded"));
        given().auth().oauth2(theo).post("/api/v1/plans/" + first + "/activate").then().statusCode(409);

        // Editing the running plan tells progress-service what now stands
        JsonPath active = given().auth().oauth2(theo).get("/api/v1/plans/" + second).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> sessions = editable(active);
        firstInBlock(sessions.getFirst(), "cool-down").put("dose", Map.of("kind", "hold", "sets", 1, "holdSeconds", 15,
                "repetitions", 4));
        given().auth().oauth2(theo).contentType(ContentType.JSON)
                .body(Map.of("version", active.getInt("version"), "sessions", sessions))
                .put("/api/v1/plans/" + second).then().statusCode(200).body("status", is("active"));
        KafkaEvents.Event adjusted = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle",
                r -> client.equals(r.key()) && r.value().contains(second) && r.value().contains("\"edited\""),
                Duration.ofSeconds(30));
        assertThat(adjusted.header("ce_type")).isEqualTo("plans.plan-adjusted.v1");
        assertThat(JsonPath.from(adjusted.value()).getList("changes")).hasSize(1);

        given().auth().oauth2(colin).get("/api/v1/me/plan").then().statusCode(200).body("id", is(second))
                .body("postureBreaks", not(org.hamcrest.Matchers.empty()));
        given().auth().oauth2(colin).get("/api/v1/plans/" + first).then().statusCode(200);
        given().auth().oauth2(Tokens.of("chloe")).get("/api/v1/plans/" + second).then().statusCode(404);
        given().auth().oauth2(Tokens.of("chloe")).get("/api/v1/me/plan").then().statusCode(404);
        given().auth().oauth2(colin).get("/api/v1/clients/" + client + "/plans").then().statusCode(403);
        given().auth().oauth2(colin).post("/api/v1/clients/" + client + "/plans").then().statusCode(403);
        given().auth().oauth2(colin).post("/api/v1/plans/" + second + "/activate").then().statusCode(403);
    }

    @Test
    void shouldAnnounceTheActivePlanAgainWhenTheClientsLoginIsLinkedLater() {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Lena Later", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band")));
        String plan = generate("theo", client, Map.of("seed", 3)).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("theo")).post("/api/v1/plans/" + plan + "/activate").then().statusCode(200);

        // A new login (the demo clients are linked to other profiles by other tests)
        String userId = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("username", "lena-" + System.nanoTime()))
                .put("/api/v1/clients/" + client + "/account").then().statusCode(201).extract().path("userId");

        KafkaEvents.Event event = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle",
                r -> client.equals(r.key()) && r.value().contains(userId), Duration.ofSeconds(30));
        assertThat(event.header("ce_type")).isEqualTo("plans.plan-activated.v1");
        assertThat(JsonPath.from(event.value()).getString("planId")).isEqualTo(plan);
        assertThat(JsonPath.from(event.value()).getString("clientUserId")).isEqualTo(userId);
    }

    @Test
    void shouldHideAClinicsPlansFromAnotherClinic() {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Hidden Harbor", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band")));
        String plan = generate("theo", client, Map.of()).statusCode(201).extract().path("id");
        String sam = Tokens.of("sam");

        given().auth().oauth2(sam).get("/api/v1/plans/" + plan).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(sam).contentType(ContentType.JSON).body(Map.of("version", 0, "sessions", List.of()))
                .put("/api/v1/plans/" + plan).then().statusCode(404);
        given().auth().oauth2(sam).post("/api/v1/plans/" + plan + "/activate").then().statusCode(404);
        given().auth().oauth2(sam).get("/api/v1/clients/" + client + "/plans").then().statusCode(404);
        generate("sam", client, Map.of()).statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse generate(String user, String client, Map<String, ?> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients/" + client + "/plans").then();
    }

    /** Exercises and doses in the order the client meets them, posture breaks last. */
    private static List<String> prescribed(JsonPath plan) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> s : plan.<Map<String, Object>>getList("sessions")) {
            exercises(s).forEach(e -> out.add(s.get("week") + "/" + s.get("order") + " " + e.get("slug") + " " + e.get("dose")));
        }
        plan.<Map<String, Object>>getList("postureBreaks").forEach(e -> out.add("break " + e.get("slug") + " " + e.get("dose")));
        return out;
    }

    /** The plan's sessions in the shape of a PUT body. */
    private static List<Map<String, Object>> editable(JsonPath plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> s : plan.<Map<String, Object>>getList("sessions")) {
            List<Map<String, Object>> exercises = new ArrayList<>();
            exercises(s).forEach(e -> exercises.add(new HashMap<>(Map.of("id", e.get("id"), "exerciseId", e.get("exerciseId"),
                    "block", e.get("block"), "dose", e.get("dose")))));
            out.add(new HashMap<>(Map.of("id", s.get("id"), "week", s.get("week"), "order", s.get("order"), "exercises", exercises)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> exercises(Map<String, Object> session) {
        return (List<Map<String, Object>>) session.get("exercises");
    }

    private static List<Map<String, Object>> inBlock(List<Map<String, Object>> exercises, String block) {
        return exercises.stream().filter(e -> block.equals(e.get("block"))).toList();
    }

    private static Map<String, Object> firstInBlock(Map<String, Object> session, String block) {
        return exercises(session).stream().filter(e -> block.equals(e.get("block"))).findFirst().orElseThrow();
    }

    static Map<String, Map<String, Object>> planningCatalogue() {
        List<Map<String, Object>> all = given().auth().oauth2(Tokens.of("theo")).get("/api/v1/planning-catalogue")
                .then().statusCode(200).extract().path("");
        Map<String, Map<String, Object>> byId = new HashMap<>();
        all.forEach(e -> byId.put((String) e.get("id"), e));
        return byId;
    }

    private static Map<String, Object> of(Map<String, Map<String, Object>> catalogue, Map<String, Object> exercise) {
        return catalogue.get((String) exercise.get("exerciseId"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> setupEquipment(Map<String, Object> planRow) {
        return (List<String>) ((Map<String, Object>) planRow.get("setup")).get("equipment");
    }
}
