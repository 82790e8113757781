package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An API client over its request limit gets 429 with Retry-After; other clients are not held up by it.
 * Summit's integration client is limited to 3 requests a minute in tests (see UpstreamStubResource).
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class RateLimitIT {

    @Test
    void shouldAnswer429WithRetryAfterOnceAnApiClientUsesUpItsLimit() {
        UpstreamStubResource.stub().answer("/api/v1/exercises/limited", Answer.of(200, "application/json", "{}"));
        String summit = Tokens.ofClient("summit-integration", "summit-integration-demo-secret");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(summit).when().get("/api/v1/exercises/limited").then().statusCode(200);
        }

        given().auth().oauth2(summit).when().get("/api/v1/exercises/limited")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", is(429));
        given().auth().oauth2(Tokens.ofClient("harbor-integration", "harbor-integration-demo-secret"))
                .when().get("/api/v1/exercises/limited").then().statusCode(200);
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/exercises/limited").then().statusCode(200);
    }
}
