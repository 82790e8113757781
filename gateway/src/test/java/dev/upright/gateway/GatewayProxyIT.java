package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The gateway in front of a stub catalog-service (plan-service points at a closed port), with real tokens
 * from the platform realm in a real Keycloak.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class GatewayProxyIT {

    private static final String PROBLEM = "application/problem+json";

    private final StubUpstream stub = UpstreamStubResource.stub();

    @Test
    void shouldAnswer401ProblemWithoutToken() {
        given().when().get("/api/v1/exercises/anonymous")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", is("urn:upright:problem:unauthenticated"))
                .body("status", is(401))
                .body("instance", is("/api/v1/exercises/anonymous"))
                .body("correlationId", notNullValue());
        assertThat(stub.lastOn("/api/v1/exercises/anonymous")).isNull();
    }

    @Test
    void shouldAnswer401ProblemForInvalidToken() {
        given().auth().oauth2("not-a-token").when().get("/api/v1/exercises/x")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", is(401));
        assertThat(stub.lastOn("/api/v1/exercises/x")).isNull();
    }

    @Test
    void shouldAnswer404ProblemNamingPathNoServiceOwns() {
        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/invoices/7")
                .then().statusCode(404)
                .contentType(PROBLEM)
                .body("type", is("urn:upright:problem:not-found"))
                .body("detail", containsString("/api/v1/invoices/7"))
                .body("instance", is("/api/v1/invoices/7"));
    }

    @Test
    void shouldPassOverAnInstanceThatRefusesConnectionsForEveryMethod() {
        // catalog-service's first instance listens nowhere (see UpstreamStubResource): a refused connection never
        // reached a service, so even a POST goes on to the next instance, and the caller sees no failure
        stub.answer("/api/v1/exercises/in-turn", Answer.of(200, "application/json", "{\"id\":\"in-turn\"}"));
        stub.answer("/api/v1/exercises", Answer.of(201, "application/json", "{\"id\":\"new\"}"));
        String token = Tokens.of("theo");

        for (int call = 0; call < 2 * UpstreamStubResource.BREAKER_THRESHOLD + 2; call++) {
            given().auth().oauth2(token).when().get("/api/v1/exercises/in-turn")
                    .then().statusCode(200).body("id", is("in-turn"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"Wall slide\"}")
                .when().post("/api/v1/exercises")
                .then().statusCode(201);
        assertThat(stub.lastOn("/api/v1/exercises").body()).isEqualTo("{\"name\":\"Wall slide\"}");
    }

    @Test
    void shouldPassADownloadsFileNameThrough() {
        stub.answer("/api/v1/exercises/export.csv", Answer.of(200, "text/csv; charset=utf-8", "id\r\n")
                .withHeader("Content-Disposition", "attachment; filename=\"exercises.csv\""));

        Response response = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/exercises/export.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"exercises.csv\"");
        assertThat(response.asString()).isEqualTo("id\r\n");
    }

    @Test
    void shouldForwardTokenAndReturnUpstreamStatusBodyAndHeaders() {
        String body = "{\"id\":\"e1\",\"name\":\"Band row\",\"version\":3}";
        stub.answer("/api/v1/exercises/e1", Answer.of(200, "application/json", body).withHeader("ETag", "\"3\""));
        String token = Tokens.of("theo");

        Response response = given().auth().oauth2(token).header("Accept", "application/json")
                .when().get("/api/v1/exercises/e1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.header("ETag")).isEqualTo("\"3\"");
        assertThat(response.asString()).isEqualTo(body);
        var received = stub.lastOn("/api/v1/exercises/e1");
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("Accept")).isEqualTo("application/json");
    }

    @Test
    void shouldPassUpstreamProblemThroughUnchanged() {
        String problem = "{\"type\":\"urn:upright:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"Exercise e2 is at version 4, not 3.\",\"instance\":\"/api/v1/exercises/e2\"}";
        stub.answer("/api/v1/exercises/e2", Answer.of(409, PROBLEM, problem));

        Response response = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .header("If-Match", "\"3\"").body("{\"name\":\"Band row\"}")
                .when().put("/api/v1/exercises/e2");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.contentType()).isEqualTo(PROBLEM);
        assertThat(response.asString()).isEqualTo(problem);
        assertThat(stub.lastOn("/api/v1/exercises/e2").header("If-Match")).isEqualTo("\"3\"");
    }

    @Test
    void shouldForwardQueryStringBodyAndRequestHeaders() {
        stub.answer("/api/v1/exercises", Answer.of(201, "application/json", "{\"id\":\"e3\"}")
                .withHeader("Location", stub.url() + "/api/v1/exercises/e3"));
        String json = "{\"name\":\"Wall angel\",\"category\":\"strength\"}";

        Response response = given().auth().oauth2(Tokens.of("theo"))
                .contentType(ContentType.JSON).body(json)
                .header("Idempotency-Key", "key-42")
                .header("X-Tenant-Id", "summit")
                .header("Cookie", "session=secret")
                .urlEncodingEnabled(false)
                .when().post("/api/v1/exercises?dry-run=true&q=band%20row&tag=a%2Bb");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.asString()).isEqualTo("{\"id\":\"e3\"}");
        // The service's own address stays internal: the Location points at the same path on the gateway
        assertThat(response.header("Location")).isEqualTo(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/v1/exercises/e3");
        var received = stub.lastOn("/api/v1/exercises");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.rawQuery()).isEqualTo("dry-run=true&q=band%20row&tag=a%2Bb");
        assertThat(received.body()).isEqualTo(json);
        assertThat(received.header("Content-Type")).startsWith("application/json");
        assertThat(received.header("Idempotency-Key")).isEqualTo("key-42");
        // Only the listed headers travel: nothing the caller makes up reaches a service
        assertThat(received.header("X-Tenant-Id")).isNull();
        assertThat(received.header("Cookie")).isNull();
    }

    @Test
    void shouldForwardEachMethodToTheSamePath() {
        stub.answer("/api/v1/muscles/m1", Answer.of(204, null, null));
        String token = Tokens.of("theo");
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(method.equals("GET")
                    || method.equals("DELETE") ? "" : "{}")
                    .when().request(method, "/api/v1/muscles/m1")
                    .then().statusCode(204);
            assertThat(stub.lastOn("/api/v1/muscles/m1").method()).as(method).isEqualTo(method);
        }
    }

    @Test
    void shouldForwardBodylessPostWithoutContentType() {
        stub.answer("/api/v1/exercises/e4/retire", Answer.of(200, "application/json", "{\"retired\":true}"));

        given().auth().oauth2(Tokens.of("theo"))
                .when().post("/api/v1/exercises/e4/retire")
                .then().statusCode(200).body("retired", is(true));

        var received = stub.lastOn("/api/v1/exercises/e4/retire");
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEmpty();
    }

    @Test
    void shouldForwardABodyUpToTheLimitWhole() {
        stub.answer("/api/v1/exercises/big", Answer.of(200, "application/json", "{}"));
        String json = "{\"notes\":\"" + "x".repeat(UpstreamStubResource.MAX_BODY_BYTES - 20) + "\"}";

        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(json)
                .when().put("/api/v1/exercises/big")
                .then().statusCode(200);

        assertThat(stub.lastOn("/api/v1/exercises/big").body()).isEqualTo(json);
    }

    @Test
    void shouldAnswer413ProblemForAStreamedBodyOverTheLimit() throws Exception {
        byte[] tooLarge = new byte[UpstreamStubResource.MAX_BODY_BYTES + 1];
        // Streamed without a Content-Length (chunked), so only reading the body shows it is too large
        var request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/v1/exercises/too-large"))
                .header("Authorization", "Bearer " + Tokens.of("theo"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)))
                .build();

        HttpResponse<String> response;
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(response.body()).contains("urn:upright:problem:request-entity-too-large", "correlationId");
        assertThat(stub.lastOn("/api/v1/exercises/too-large")).isNull();
    }

    @Test
    void shouldCarryCallersCorrelationIdToServiceAndBack() {
        stub.answer("/api/v1/equipment", Answer.of(200, "application/json", "[]"));

        given().auth().oauth2(Tokens.of("theo")).header("X-Correlation-Id", "trace-abc-123")
                .when().get("/api/v1/equipment")
                .then().statusCode(200).header("X-Correlation-Id", "trace-abc-123");

        assertThat(stub.lastOn("/api/v1/equipment").header("X-Correlation-Id")).isEqualTo("trace-abc-123");
    }

    @Test
    void shouldCreateCorrelationIdWhenCallerSentNone() {
        stub.answer("/api/v1/equipment/e9", Answer.of(200, "application/json", "{}"));

        String returned = given().auth().oauth2(Tokens.of("theo"))
                .when().get("/api/v1/equipment/e9")
                .then().statusCode(200).extract().header("X-Correlation-Id");

        assertThat(returned).isNotBlank();
        assertThat(stub.lastOn("/api/v1/equipment/e9").header("X-Correlation-Id")).isEqualTo(returned);
    }

    @Test
    void shouldAnswer503ProblemQuicklyWhenOwningServiceIsDown() {
        String token = Tokens.of("theo");
        long started = System.nanoTime();

        given().auth().oauth2(token).when().get("/api/v1/clients/123")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .body("type", is("urn:upright:problem:service-unavailable"))
                .body("detail", containsString("plan"))
                .body("instance", is("/api/v1/clients/123"))
                .body("correlationId", notNullValue());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldAnswer503ProblemWhenServiceDoesNotAnswerInTime() {
        stub.answer("/api/v1/exercises/slow", Answer.of(200, "application/json", "{}").after(5_000));
        String token = Tokens.of("theo");
        long started = System.nanoTime();

        given().auth().oauth2(token).when().get("/api/v1/exercises/slow")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .body("detail", containsString("catalog"))
                .body("detail", containsString("did not answer"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_500));
    }
}
