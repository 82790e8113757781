package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ClientResourceIT {

    @Test
    void shouldKeepEachClinicsClientsToItself() {
        String id = create("theo", Map.of("displayName", "Dana Desk", "experienceLevel", "beginner"));

        given().auth().oauth2(Tokens.of("tessa")).when().get("/api/v1/clients/" + id)
                .then().statusCode(200).body("experienceLevel", is("beginner"));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clients/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clients")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON).body(Map.of("notes", "mine now"))
                .when().patch("/api/v1/clients/" + id)
                .then().statusCode(404);
    }

    @Test
    void shouldLetAClinicsIntegrationAccountListItsClients() {
        String id = create("sam", Map.of("displayName", "Sol Summit", "experienceLevel", "intermediate"));

        given().auth().oauth2(Tokens.ofClient("summit-integration", "summit-integration-demo-secret"))
                .when().get("/api/v1/clients")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(Tokens.ofClient("harbor-integration", "harbor-integration-demo-secret"))
                .when().get("/api/v1/clients")
                .then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldRefuseClientsTheCaseload() {
        given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/clients")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Sneaky", "experienceLevel", "beginner"))
                .when().post("/api/v1/clients")
                .then().statusCode(403);
    }

    @Test
    void shouldExplainAnUnknownExperienceLevel() {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Eli", "experienceLevel", "expert"))
                .when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("experienceLevel"));
    }

    @Test
    void shouldStoreAFullProfileAndAssignTheCreatingTherapist() {
        GlobalCatalogue.ensurePublished(); // the contraindication names one of its exercises
        String theo = Tokens.of("theo");
        given().auth().oauth2(theo).contentType(ContentType.JSON)
                .body(Map.ofEntries(Map.entry("displayName", "Mira Monitor"), Map.entry("email", "mira@example.org"),
                        Map.entry("phone", "+44 20 7946 0000"), Map.entry("experienceLevel", "intermediate"),
                        Map.entry("equipment", List.of("Resistance-Band", "mat")), Map.entry("goals", List.of("posture", "ease-aches")),
                        Map.entry("sessionsPerWeek", 2), Map.entry("sessionMinutes", 40), Map.entry("deskWorker", true),
                        Map.entry("painAreas", List.of("neck")), Map.entry("contraindications", List.of("renegade-row")),
                        Map.entry("notes", "Works long hours at a laptop.")))
                .when().post("/api/v1/clients")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/clients/"))
                .body("equipment", contains("resistance-band", "mat"))
                .body("goals", contains("posture", "ease-aches"))
                .body("sessionsPerWeek", is(2)).body("sessionMinutes", is(40)).body("deskWorker", is(true))
                .body("painAreas", contains("neck")).body("contraindications", contains("renegade-row"))
                .body("therapistUserId", is(Tokens.subjectOf(theo))).body("therapistName", org.hamcrest.Matchers.notNullValue())
                .body("userId", nullValue()).body("version", is(0));
    }

    @Test
    void shouldListEveryBadFieldOfAProfile() {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("displayName", " ", "experienceLevel", "beginner", "equipment", List.of("dumbbells", "kettlebel"),
                        "goals", List.of("fitness"), "sessionsPerWeek", 9, "sessionMinutes", 5,
                        "painAreas", List.of("elbowz"), "contraindications", List.of("no-such-move"), "email", "not-an-email"))
                .when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("displayName", "email", "equipment[1]", "goals[0]",
                        "sessionsPerWeek", "sessionMinutes", "painAreas[0]", "contraindications[0]"));
    }

    @Test
    void shouldTakeHouseholdItemsAsHadUnlessTheProfileRulesThemOut() {
        GlobalCatalogue.ensurePublished();
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Hal Household", "experienceLevel", "beginner", "unavailableItems", List.of("sofa")))
                .when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("unavailableItems[0]"));

        String client = create("theo", Map.of("displayName", "Flo No-Floor", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band"), "goals", List.of("ease-aches"), "unavailableItems", List.of("floor")));
        given().auth().oauth2(Tokens.of("theo")).get("/api/v1/clients/" + client)
                .then().statusCode(200).body("unavailableItems", containsInAnyOrder("floor"));
        List<List<String>> setups = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/clients/" + client + "/plans")
                .then().statusCode(201).extract().path("sessions.exercises.flatten().setup.equipment");
        assertThat(setups).isNotEmpty().noneMatch(items -> items.contains("floor"));
    }

    @Test
    void shouldPatchOnlyTheGivenFieldsAndRefuseAStaleVersion() {
        String theo = Tokens.of("theo");
        String id = create("theo", Map.of("displayName", "Pat Patch", "experienceLevel", "beginner",
                "equipment", List.of("resistance-band"), "notes", "first visit"));

        given().auth().oauth2(theo).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("experienceLevel", "intermediate", "equipment", List.of("resistance-band", "dumbbells")))
                .when().patch("/api/v1/clients/" + id)
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.containsString("1"))
                .body("experienceLevel", is("intermediate")).body("equipment", contains("resistance-band", "dumbbells"))
                .body("notes", is("first visit")).body("displayName", is("Pat Patch")).body("version", is(1));

        // null removes a value in a merge patch
        given().auth().oauth2(theo).contentType("application/merge-patch+json").body("{\"notes\":null}")
                .when().patch("/api/v1/clients/" + id)
                .then().statusCode(200).body("notes", nullValue()).body("experienceLevel", is("intermediate"));

        given().auth().oauth2(theo).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("displayName", "Lost Update"))
                .when().patch("/api/v1/clients/" + id)
                .then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(theo).contentType("application/merge-patch+json")
                .body(Map.of("sessionMinutes", 500, "favouriteColour", "blue", "userId", "someone"))
                .when().patch("/api/v1/clients/" + id)
                .then().statusCode(400).body("errors.field", hasItem("favouriteColour")).body("errors.field", hasItem("userId"));
        given().auth().oauth2(theo).contentType("application/merge-patch+json").body(Map.of("sessionMinutes", 500))
                .when().patch("/api/v1/clients/" + id)
                .then().statusCode(400).body("errors[0].field", is("sessionMinutes"));
        given().auth().oauth2(theo).when().get("/api/v1/clients/" + id)
                .then().statusCode(200).body("displayName", is("Pat Patch")).body("sessionMinutes", nullValue());
    }

    @Test
    void shouldListTheCallersOwnClientsFirst() {
        String mine = create("theo", Map.of("displayName", "Zora Last-By-Name", "experienceLevel", "beginner"));
        String tessas = create("tessa", Map.of("displayName", "Abe First-By-Name", "experienceLevel", "beginner"));

        List<String> ids = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients")
                .then().statusCode(200).extract().path("id");
        assertThat(ids.indexOf(mine)).isNotNegative().isLessThan(ids.indexOf(tessas));

        given().auth().oauth2(Tokens.of("theo")).queryParam("mine", true).when().get("/api/v1/clients")
                .then().statusCode(200).body("id", hasItem(mine)).body("id", not(hasItem(tessas)))
                .body("therapistUserId", org.hamcrest.Matchers.everyItem(is(Tokens.subjectOf(Tokens.of("theo")))));
    }

    @Test
    void shouldShowALinkedClientTheirOwnProfileOnly() {
        String clara = Tokens.of("clara");
        String id = create("theo", Map.of("displayName", "Clara Client", "experienceLevel", "beginner"));
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("username", "clara"))
                .when().put("/api/v1/clients/" + id + "/account")
                .then().statusCode(200).body("username", is("clara")).body("userId", is(Tokens.subjectOf(clara)));

        given().auth().oauth2(clara).when().get("/api/v1/me/profile")
                .then().statusCode(200).body("id", is(id)).body("displayName", is("Clara Client"));
        given().auth().oauth2(clara).when().get("/api/v1/clients/" + id)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/me/profile")
                .then().statusCode(403);

        // The same account cannot belong to two profiles
        String other = create("theo", Map.of("displayName", "Not Clara", "experienceLevel", "beginner"));
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("username", "clara"))
                .when().put("/api/v1/clients/" + other + "/account")
                .then().statusCode(409);
    }

    @Test
    void shouldCreateALoginForANewClientAndShowItsPasswordOnlyOnce() {
        String id = create("theo", Map.of("displayName", "Nina New", "experienceLevel", "beginner"));
        String username = "nina-" + System.nanoTime();
        var body = Map.of("username", username, "email", username + "@example.test", "firstName", "Nina", "lastName", "New");

        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/clients/" + id + "/account")
                .then().statusCode(201).body("created", is(true)).body("username", is(username))
                .body("temporaryPassword", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + id)
                .then().statusCode(200).body("username", is(username)).body("userId", org.hamcrest.Matchers.notNullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("temporaryPassword")));
        // Linking again (a retry) finds the same login and shows no password
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/clients/" + id + "/account")
                .then().statusCode(200).body("created", is(false)).body("temporaryPassword", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldRefuseAnotherClinicsLoginAndAStaffLogin() {
        String id = create("theo", Map.of("displayName", "Wrong Login", "experienceLevel", "beginner"));
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of("username", "sara"))
                .when().put("/api/v1/clients/" + id + "/account")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of("username", "tessa"))
                .when().put("/api/v1/clients/" + id + "/account")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/clients/" + id)
                .then().statusCode(200).body("username", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldTellAClientWithoutAProfileSo() {
        given().auth().oauth2(Tokens.of("simon")).when().get("/api/v1/me/profile")
                .then().statusCode(404).contentType("application/problem+json");
    }

    static String create(String user, Map<String, ?> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }
}
