package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class TemplateResourceIT {

    /** A band, and the household items every client is taken to have. */
    private static final Set<String> BAND_ONLY = Set.of("none", "resistance-band", "wall", "doorway", "chair", "floor");

    @BeforeEach
    void catalogueIsKnown() {
        GlobalCatalogue.ensurePublished();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldStartABandOnlyBeginnerFromAnIntermediatesDumbbellPlanWithReasonsForEachReplacement() {
        Map<String, Map<String, Object>> catalogue = PlanResourceIT.planningCatalogue();
        String source = ClientResourceIT.create("theo", Map.of("displayName", "Ivan Intermediate", "experienceLevel", "intermediate",
                "equipment", List.of("dumbbells", "bench", "resistance-band", "mat"), "goals", List.of("posture", "strength"),
                "deskWorker", true));
        JsonPath sourcePlan = plan("theo", source, Map.of("seed", 7)).statusCode(201).extract().jsonPath();
        assertThat(sourcePlan.getList("sessions.exercises.flatten().exerciseId", String.class))
                .as("the source plan uses dumbbells").anyMatch(id -> equipment(catalogue, id).contains("dumbbells"));
        String name = "Desk strength " + UUID.randomUUID();

        String templateId = save("theo", Map.of("name", name, "fromPlanId", sourcePlan.getString("id"),
                "description", "Upper back for desk workers"))
                .statusCode(201).header("Location", containsString("/api/v1/templates/"))
                .body("name", is(name)).body("weeks", is(4)).body("sessionsPerWeek", is(3))
                .body("sessions.size()", is(12)).body("postureBreaks", not(org.hamcrest.Matchers.empty()))
                .body("sessions[0].exercises[0]", not(org.hamcrest.Matchers.hasKey("reasons")))
                .extract().path("id");
        given().auth().oauth2(Tokens.of("tessa")).get("/api/v1/templates").then().statusCode(200)
                .body("find { it.id == '" + templateId + "' }.name", is(name))
                .body("find { it.id == '" + templateId + "' }.sessions", is((Object) null));

        String beginner = ClientResourceIT.create("tessa", Map.of("displayName", "Bea Band", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band"), "goals", List.of("posture")));
        JsonPath plan = plan("tessa", beginner, Map.of("templateId", templateId)).statusCode(201)
                .body("status", is("draft")).body("weeks", is(4)).body("sessionsPerWeek", is(3))
                .body("postureBreaks.size()", is(0))
                .extract().jsonPath();

        assertThat(plan.getList("explanations.findAll { it.rule == 'TEMPLATE' }.text", String.class))
                .anyMatch(text -> text.contains("\"" + name + "\""));
        List<Map<String, Object>> rows = plan.getList("sessions.exercises.flatten()");
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            Map<String, Object> exercise = catalogue.get((String) row.get("exerciseId"));
            assertThat(BAND_ONLY).as("equipment of " + row.get("slug"))
                    .containsAll((List<String>) ((Map<String, Object>) row.get("setup")).get("equipment"));
            assertThat(exercise.get("difficulty")).as("level of " + row.get("slug")).isIn("beginner", "intermediate");
            if ("intermediate".equals(exercise.get("difficulty"))) {
                assertThat(row.get("reasons").toString()).as("a move above the level is its lighter version").contains("lighter version");
            }
            Map<?, ?> dose = (Map<?, ?>) row.get("dose");
            if (dose.get("sets") != null) assertThat((Integer) dose.get("sets")).as("sets of " + row.get("slug")).isLessThanOrEqualTo(2);
            assertThat((List<?>) row.get("reasons")).as("reasons of " + row.get("slug")).isNotEmpty();
        });
        List<Map<String, String>> replacements = plan.getList(
                "sessions.exercises.flatten().reasons.flatten().findAll { it.text.startsWith('Replaces ') }");
        assertThat(replacements).isNotEmpty().allSatisfy(r -> assertThat(r.get("rule")).isIn("EQUIPMENT", "LEVEL"));
        assertThat(replacements).anySatisfy(r -> assertThat(r.get("text")).contains("needs dumbbells"));
        for (Map<String, Object> session : plan.<Map<String, Object>>getList("sessions")) {
            List<Map<String, Object>> strength = inBlock(session, "strengthening");
            assertThat(strength).hasSizeBetween(3, 5);
            assertThat(strength).as("a row").anyMatch(e -> "row".equals(catalogue.get((String) e.get("exerciseId")).get("movement")));
            assertThat(strength).as("a posture move")
                    .anyMatch(e -> "posture".equals(catalogue.get((String) e.get("exerciseId")).get("category")));
            assertThat(inBlock(session, "cool-down")).hasSizeBetween(3, 5);
        }
        // Activation checks the safety rules again, as for any draft
        given().auth().oauth2(Tokens.of("tessa")).post("/api/v1/plans/" + plan.getString("id") + "/activate")
                .then().statusCode(200).body("status", is("active"));

        // A client who cannot row at all: the strengthening block cannot be filled again
        String noRows = ClientResourceIT.create("tessa", Map.of("displayName", "Nico No-Rows", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band"), "contraindications", List.of("row")));
        plan("tessa", noRows, Map.of("templateId", templateId)).statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:upright:problem:plan-unsatisfiable"))
                .body("violations.rule", hasItem("ROW_REQUIRED"))
                .body("violations.find { it.rule == 'ROW_REQUIRED' }.fix", containsString("contraindications"));
    }

    @Test
    void shouldRefuseADuplicateNameHideTemplatesFromOtherClinicsAndClientsAndLetOnlyTheAuthorOrAnAdminDelete() {
        String client = ClientResourceIT.create("theo", Map.of("displayName", "Tom Template", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band", "mat")));
        String planId = plan("theo", client, Map.of("seed", 3)).statusCode(201).extract().path("id");
        String name = "Gentle start " + UUID.randomUUID();
        String templateId = save("theo", Map.of("name", name, "fromPlanId", planId)).statusCode(201).extract().path("id");

        save("tessa", Map.of("name", " " + name.toUpperCase() + " ", "fromPlanId", planId))
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("already has a template"));
        save("theo", Map.of("fromPlanId", planId)).statusCode(400).body("errors.field", hasItem("name"));

        // Another clinic sees neither the template nor the plan it came from
        String sam = Tokens.of("sam");
        given().auth().oauth2(sam).get("/api/v1/templates/" + templateId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(sam).get("/api/v1/templates").then().statusCode(200)
                .body("id", not(hasItem(templateId)));
        given().auth().oauth2(sam).delete("/api/v1/templates/" + templateId).then().statusCode(404);
        save("sam", Map.of("name", name, "fromPlanId", planId)).statusCode(404);
        String summitClient = ClientResourceIT.create("sam", Map.of("displayName", "Sid Summit", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band")));
        plan("sam", summitClient, Map.of("templateId", templateId)).statusCode(404);

        // Clients are not staff
        String clara = Tokens.of("clara");
        given().auth().oauth2(clara).get("/api/v1/templates").then().statusCode(403);
        given().auth().oauth2(clara).get("/api/v1/templates/" + templateId).then().statusCode(403);
        save("clara", Map.of("name", "Mine", "fromPlanId", planId)).statusCode(403);
        given().auth().oauth2(clara).delete("/api/v1/templates/" + templateId).then().statusCode(403);

        given().auth().oauth2(Tokens.of("tessa")).delete("/api/v1/templates/" + templateId).then().statusCode(403);
        given().auth().oauth2(Tokens.of("theo")).delete("/api/v1/templates/" + templateId).then().statusCode(204);
        given().auth().oauth2(Tokens.of("theo")).get("/api/v1/templates/" + templateId).then().statusCode(404);

        // A clinic admin may delete anyone's template
        String second = save("theo", Map.of("name", name, "fromPlanId", planId)).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("anna")).delete("/api/v1/templates/" + second).then().statusCode(204);
    }

    private static ValidatableResponse save(String user, Map<String, ?> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/templates").then();
    }

    private static ValidatableResponse plan(String user, String client, Map<String, ?> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients/" + client + "/plans").then();
    }

    private static List<String> equipment(Map<String, Map<String, Object>> catalogue, String exerciseId) {
        return equipmentOf(catalogue.get(exerciseId));
    }

    @SuppressWarnings("unchecked")
    private static List<String> equipmentOf(Map<String, Object> exercise) {
        return (List<String>) exercise.get("equipment");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> inBlock(Map<String, Object> session, String block) {
        return ((List<Map<String, Object>>) session.get("exercises")).stream().filter(e -> block.equals(e.get("block"))).toList();
    }
}
