package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** A clinic's API clients, created in the real Keycloak and used with the client credentials grant. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ApiClientsIT {

    private static final String API_CLIENTS = "/api/v1/api-clients";

    private record Issued(String id, String clientId, String secret) {
    }

    @Test
    void shouldIssueAClientWhoseTokensSeeOnlyItsOwnClinicsClients() {
        String harborProfile = createProfile("anna", "Hana Harbor");
        String summitProfile = createProfile("sam", "Sami Summit");

        Issued issued = create("anna", "Records sync");

        assertThat(issued.clientId()).startsWith("harbor-api-");
        assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(20);
        String token = tokenRequest(issued.clientId(), issued.secret()).then().statusCode(200)
                .extract().path("access_token");
        JsonPath claims = claimsOf(token);
        assertThat(claims.getString("organization")).isEqualTo("harbor");
        assertThat(claims.getList("realm_access.roles", String.class)).contains("integration")
                .doesNotContain("clinic-admin", "therapist");
        // Short-lived, so a revoked client's tokens stop working soon (see the README)
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(300);
        given().auth().oauth2(token).when().get("/api/v1/clients")
                .then().statusCode(200).body("id", hasItem(harborProfile)).body("id", not(hasItem(summitProfile)));
    }

    @Test
    void shouldNotLetAnIntegrationManageApiClients() {
        Issued issued = create("anna", "Billing export");
        String token = tokenRequest(issued.clientId(), issued.secret()).then().statusCode(200)
                .extract().path("access_token");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "Escalated"))
                .when().post(API_CLIENTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).when().get(API_CLIENTS).then().statusCode(403);
    }

    @Test
    void shouldNeverShowTheSecretAgain() {
        Issued issued = create("anna", "Reporting");

        String list = given().auth().oauth2(Tokens.of("anna")).when().get(API_CLIENTS)
                .then().statusCode(200).body("clientId", hasItem(issued.clientId()))
                .extract().asString();
        String one = given().auth().oauth2(Tokens.of("anna")).when().get(API_CLIENTS + "/" + issued.id())
                .then().statusCode(200).body("clientId", is(issued.clientId())).body("name", is("Reporting"))
                .body("enabled", is(true)).body("created", startsWith("20"))
                .extract().asString();

        assertThat(list).doesNotContain(issued.secret()).doesNotContain("clientSecret");
        assertThat(one).doesNotContain(issued.secret()).doesNotContain("clientSecret");
    }

    @Test
    void shouldKeepEachClinicsApiClientsToItself() {
        Issued harbors = create("anna", "Harbor's records");
        String sam = Tokens.of("sam");

        given().auth().oauth2(sam).when().get(API_CLIENTS)
                .then().statusCode(200).body("clientId", not(hasItem(harbors.clientId())));
        given().auth().oauth2(sam).when().get(API_CLIENTS + "/" + harbors.id())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(sam).when().post(API_CLIENTS + "/" + harbors.id() + "/rotate-secret")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(sam).when().delete(API_CLIENTS + "/" + harbors.id())
                .then().statusCode(404).contentType("application/problem+json");

        // Nothing sam tried changed harbor's client
        tokenRequest(harbors.clientId(), harbors.secret()).then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheClinicsOwnApiClientsNotTheRealmsOtherClients() {
        given().auth().oauth2(Tokens.of("anna")).when().get(API_CLIENTS)
                .then().statusCode(200)
                .body("clientId", not(hasItem("harbor-integration")))
                .body("clientId", not(hasItem("plan-service")))
                .body("clientId", not(hasItem("upright-web")));
    }

    @Test
    void shouldLetOnlyClinicAdminsManageApiClients() {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .when().post(API_CLIENTS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("clara")).when().get(API_CLIENTS).then().statusCode(403);
    }

    @Test
    void shouldRefuseAnApiClientWithoutAName() {
        given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON).body(Map.of("name", "  "))
                .when().post(API_CLIENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("name"));
    }

    @Test
    void shouldRefuseTheOldSecretOnceRotated() {
        Issued issued = create("anna", "Rotating");

        String newSecret = given().auth().oauth2(Tokens.of("anna"))
                .when().post(API_CLIENTS + "/" + issued.id() + "/rotate-secret")
                .then().statusCode(200).body("clientId", is(issued.clientId()))
                .extract().path("clientSecret");

        assertThat(newSecret).isNotBlank().isNotEqualTo(issued.secret());
        tokenRequest(issued.clientId(), issued.secret()).then().statusCode(401);
        String token = tokenRequest(issued.clientId(), newSecret).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).when().get("/api/v1/clients").then().statusCode(200);
    }

    @Test
    void shouldRefuseTokensToARevokedClient() {
        Issued issued = create("anna", "Short-lived");
        tokenRequest(issued.clientId(), issued.secret()).then().statusCode(200);

        given().auth().oauth2(Tokens.of("anna")).when().delete(API_CLIENTS + "/" + issued.id())
                .then().statusCode(204);

        tokenRequest(issued.clientId(), issued.secret()).then().statusCode(401);
        given().auth().oauth2(Tokens.of("anna")).when().get(API_CLIENTS)
                .then().statusCode(200).body("clientId", not(hasItem(issued.clientId())));
        given().auth().oauth2(Tokens.of("anna")).when().get(API_CLIENTS + "/" + issued.id())
                .then().statusCode(404);
    }

    private static Issued create(String admin, String name) {
        JsonPath answer = given().auth().oauth2(Tokens.of(admin)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "description", "made by a test"))
                .when().post(API_CLIENTS)
                .then().statusCode(201).header("Location", containsString(API_CLIENTS + "/"))
                .body("name", is(name))
                .extract().jsonPath();
        return new Issued(answer.getString("id"), answer.getString("clientId"), answer.getString("clientSecret"));
    }

    private static String createProfile(String staff, String displayName) {
        return given().auth().oauth2(Tokens.of(staff)).contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "experienceLevel", "beginner"))
                .when().post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    /** A new token request with the client credentials grant, as the clinic's system makes it: never cached. */
    private static Response tokenRequest(String clientId, String secret) {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", clientId,
                        "client_secret", secret))
                .post(TestServers.get().keycloakRealmUrl() + "/protocol/openid-connect/token");
    }

    private static JsonPath claimsOf(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
