package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

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
        String id = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Dana Desk", "experienceLevel", "beginner"))
                .when().post("/api/v1/clients")
                .then().statusCode(201).body("displayName", is("Dana Desk"))
                .extract().path("id");

        given().auth().oauth2(Tokens.of("tessa")).when().get("/api/v1/clients/" + id)
                .then().statusCode(200).body("experienceLevel", is("beginner"));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clients/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/clients")
                .then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldLetAClinicsIntegrationAccountListItsClients() {
        String id = given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Sol Summit", "experienceLevel", "intermediate"))
                .when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");

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
    }

    @Test
    void shouldExplainAnUnknownExperienceLevel() {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Eli", "experienceLevel", "expert"))
                .when().post("/api/v1/clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("experienceLevel"));
    }
}
