package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The public API document gathered from the services behind the gateway (two stubs that serve an
 * OpenAPI document; plan-service is down), and the Swagger UI that shows it, served without the internet.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class ApiDocsIT {

    @BeforeEach
    void servicesServeTheirDocuments() {
        UpstreamStubResource.stub().answer("/q/openapi", Answer.of(200, "application/json", """
                {"openapi":"3.1.0","info":{"title":"catalog","version":"1"},
                 "paths":{"/api/v1/exercises/{id}":{"get":{"responses":{"200":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Exercise"}}}}}}},
                  "/q/internal":{"get":{"responses":{"200":{}}}}},
                 "components":{"schemas":{"Exercise":{"type":"object"}}}}
                """));
        UpstreamStubResource.progress().answer("/q/openapi", Answer.of(200, "application/json", """
                {"openapi":"3.1.0","info":{"title":"progress","version":"1"},
                 "paths":{"/api/v1/alerts":{"get":{"responses":{"200":{}}}}}}
                """));
    }

    @Test
    void shouldServeOneDocumentOfTheRoutedPathsWithoutAToken() {
        JsonPath document = given().when().get("/api/openapi.json")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();

        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths).containsOnlyKeys("/api/v1/exercises/{id}", "/api/v1/alerts");
        assertThat(document.getString("components.schemas.Exercise.type")).isEqualTo("object");
        assertThat(document.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        // plan-service is down: its part is missing, and the document says so instead of failing
        assertThat(document.getString("info.description")).contains("plan service's part is missing");
    }

    @Test
    void shouldServeSwaggerUiFromTheGatewayItself() {
        String page = given().when().get("/api/docs")
                .then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(page).doesNotContain("http://", "https://", "<script>");
        Matcher bundle = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\"").matcher(page);
        assertThat(bundle.find()).as("the page loads Swagger UI from the gateway").isTrue();
        given().when().get(bundle.group(1)).then().statusCode(200);
        given().when().get(bundle.group(1).replace("swagger-ui-bundle.js", "swagger-ui.css")).then().statusCode(200);
        given().when().get("/api/docs/start.js")
                .then().statusCode(200)
                .body(containsString("/api/openapi.json"))
                .body(is(org.hamcrest.Matchers.not(containsString("petstore"))));
    }
}
