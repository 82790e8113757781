package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * PostgreSQL stopped and started again (same port, same data). Proves that while it is down the service answers
 * at once, and honestly: 503 problem+json with {@code Retry-After} for reads and writes (not 500, not a request
 * left hanging: the client here gives up after 20 s, the pool after its 3 s acquisition timeout), and readiness is
 * DOWN; that a failed write left nothing behind (its Idempotency-Key is still free); and that once PostgreSQL is
 * back the same running service reads and writes again, without a restart.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class PostgresRestartIT {

    /** Bounds every request of this test: a hang fails it instead of stalling the build. */
    private static final RestAssuredConfig BOUNDED = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 20_000));

    /** Longer than the pool's foreground validation interval (libs/service-support, 1 s). */
    private static final Duration OUTAGE_AT_LEAST = Duration.ofSeconds(2);

    @Test
    void shouldAnswerServiceUnavailableWhilePostgresIsDownAndServeAgainOnceItIsBack() {
        UUID client = UUID.randomUUID();
        PlanActivations.activate(client, 3, LocalDate.now(ZoneOffset.UTC).minusDays(7));
        String before = logSession(client, UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();

        TestServers.get().whilePostgresIsDown(() -> {
            long stoppedAt = System.nanoTime();
            logSession(client, key).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("title", is("Database unavailable"))
                    .body("detail", containsString("cannot reach its database"));
            asTheo().when().get("/api/v1/clients/" + client + "/sessions").then().statusCode(503)
                    .contentType("application/problem+json");
            given().config(BOUNDED).when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"))
                    .body("checks.find { it.name == 'Database connections health check' }.status", is("DOWN"));
            // A real restart takes seconds; the embedded server's takes a fifth of one. The pool checks a connection
            // idle for over a second before lending it (foreground validation), so a restart shorter than that could
            // lend a connection last used just before the stop, which the restart cut
            sleepUntil(stoppedAt + OUTAGE_AT_LEAST.toNanos());
        });

        String after = logSession(client, key).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        asTheo().when().get("/api/v1/clients/" + client + "/sessions").then().statusCode(200)
                .body("id", is(List.of(after, before)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().config(BOUNDED).when().get("/q/health/ready")
                .then().statusCode(200).body("checks.name", hasItem("Database connections health check")));
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static io.restassured.response.Response logSession(UUID client, String idempotencyKey) {
        return asTheo().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(Map.of("clientId", client.toString(), "performedAt", Instant.now().minusSeconds(600).toString(),
                        "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(),
                                "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions");
    }

    private static RequestSpecification asTheo() {
        return given().config(BOUNDED).auth().oauth2(Tokens.of("theo"));
    }
}
