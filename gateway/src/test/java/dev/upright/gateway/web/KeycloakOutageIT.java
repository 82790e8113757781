package dev.upright.gateway.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream;
import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.gateway.UpstreamStubResource;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keycloak stopped, as the web app sees it: the gateway's login route answers 503 with a page saying that sign-in
 * is unavailable (problem+json for API callers), the status the app asks before sending anyone to log in says the
 * same, and the app and a token issued before keep working. Once Keycloak is back, the route leads to its login
 * page again.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class KeycloakOutageIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String MESSAGE = "Sign-in is unavailable right now: the login service is not answering.";
    private static final String API_PATH = "/api/v1/exercises/keycloak-outage";

    private final StubUpstream stub = UpstreamStubResource.stub();

    @Test
    void shouldSayThatSignInIsUnavailableWhileKeycloakIsDownAndLeadToItsLoginPageAfter() {
        String loginPage = loginPage();
        assertLeadsTo(loginPage);
        stub.answer(API_PATH, Answer.of(200, "application/json", "{}"));
        String issuedBefore = Tokens.at(TestServers.get().keycloakRealmUrl()).login("tessa");

        TestServers.get().whileKeycloakIsDown(() -> {
            // An answer from just before the stop may stand for a few seconds
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> given().when().get("/login/status").statusCode() == 503);
            given().accept("application/json").when().get("/login/status")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                    .body("type", is("urn:upright:problem:login-unavailable")).body("detail", startsWith(MESSAGE));

            String page = given().redirects().follow(false).accept(BROWSER_ACCEPT).queryParam("to", loginPage)
                    .when().get("/login")
                    .then().statusCode(503).contentType(startsWith("text/html")).header("Retry-After", "30")
                    .header("Cache-Control", containsString("no-store"))
                    .body(containsString(MESSAGE)).body(not(containsString("Exception")))
                    .extract().asString();
            assertThat(page).contains("id=\"login-unavailable\"").contains("href=\"/\"").doesNotContain("<script");

            given().redirects().follow(false).accept("application/json").queryParam("to", loginPage)
                    .when().get("/login")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                    .body("detail", startsWith(MESSAGE));

            // What does not need Keycloak goes on: the app itself, and the API for a token issued before the stop
            given().accept(BROWSER_ACCEPT).when().get("/").then().statusCode(200);
            given().when().get("/web-config.json").then().statusCode(200);
            given().auth().oauth2(issuedBefore).when().get(API_PATH).then().statusCode(200);
        });

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().when().get("/login/status").statusCode() == 200);
        given().when().get("/login/status").then().statusCode(200).body("available", is(true));
        assertLeadsTo(loginPage);
    }

    @Test
    void shouldLeadNowhereButToTheRealmsLoginPage() {
        given().redirects().follow(false).queryParam("to", "https://elsewhere.example/realms/upright/protocol/openid-connect/auth")
                .when().get("/login")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void assertLeadsTo(String loginPage) {
        given().redirects().follow(false).accept(BROWSER_ACCEPT).queryParam("to", loginPage).when().get("/login")
                .then().statusCode(303).header("Location", is(loginPage));
    }

    /** The address keycloak-js builds to log in, from the settings the gateway gives the page. */
    private static String loginPage() {
        var settings = given().when().get("/web-config.json").then().statusCode(200).extract().jsonPath();
        return settings.getString("url") + "/realms/" + settings.getString("realm")
                + "/protocol/openid-connect/auth?client_id=" + settings.getString("clientId")
                + "&redirect_uri=http%3A%2F%2Flocalhost%2F&state=s1&response_mode=fragment&response_type=code"
                + "&scope=openid&nonce=n1&code_challenge=c1&code_challenge_method=S256";
    }
}
