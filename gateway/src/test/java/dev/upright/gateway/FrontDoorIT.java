package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What browsers see at the front door: CORS only for the configured origin, and the security headers on
 * API answers, the gateway's own errors and pages alike.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class FrontDoorIT {

    private static final String PATH = "/api/v1/exercises/cors";

    @Test
    void shouldAllowAConfiguredOriginToCallTheApi() {
        UpstreamStubResource.stub().answer(PATH, Answer.of(200, "application/json", "{}").withHeader("ETag", "\"1\""));

        given().header("Origin", UpstreamStubResource.PARTNER_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .when().options(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", UpstreamStubResource.PARTNER_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));

        given().auth().oauth2(Tokens.of("theo")).header("Origin", UpstreamStubResource.PARTNER_ORIGIN)
                .when().get(PATH)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", UpstreamStubResource.PARTNER_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void shouldGiveAnyOtherOriginNoCorsHeaders() {
        String path = "/api/v1/exercises/cors-other";
        UpstreamStubResource.stub().answer(path, Answer.of(200, "application/json", "{}"));
        String other = "https://evil.example";

        Response preflight = given().header("Origin", other).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options(path);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        Response call = given().auth().oauth2(Tokens.of("theo")).header("Origin", other).when().get(path);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
        assertThat(call.statusCode()).isEqualTo(403);
        assertThat(UpstreamStubResource.stub().lastOn(path)).as("a call from another origin reaching the service")
                .isNull();
    }

    @Test
    void shouldPutSecurityHeadersOnForwardedAnswersErrorsAndPages() {
        UpstreamStubResource.stub().answer("/api/v1/exercises/headers", Answer.of(200, "application/json", "{}"));

        Response forwarded = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/exercises/headers");
        Response unauthenticated = given().when().get("/api/v1/exercises/headers");
        Response page = given().when().get("/api/docs");
        Response unknown = given().when().get("/no/such/page");

        for (Response answer : new Response[] { forwarded, unauthenticated, page, unknown }) {
            String csp = answer.header("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                    "connect-src 'self' " + UpstreamStubResource.KEYCLOAK_ORIGIN)
                    .doesNotContain("unsafe-inline", "/realms/");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(answer.header("Strict-Transport-Security")).isEqualTo("max-age=15552000; includeSubDomains");
        }
        assertThat(forwarded.statusCode()).isEqualTo(200);
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNotLetAServiceTurnOffTheGatewaysHeaders() {
        UpstreamStubResource.stub().answer("/api/v1/exercises/sniff", Answer.of(200, "text/html", "<p>hi</p>")
                .withHeader("X-Content-Type-Options", "none"));

        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/exercises/sniff")
                .then().statusCode(200)
                .header("X-Content-Type-Options", is("nosniff"))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
