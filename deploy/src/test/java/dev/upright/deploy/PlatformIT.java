package dev.upright.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.upright.testing.Tokens;
import io.restassured.http.ContentType;

/**
 * The whole platform, started exactly as {@code deploy/local/up.sh} starts it (same launcher, packaged
 * services, real PostgreSQL, Kafka and Keycloak), exercised through the gateway with real logins. Runs
 * after the browser tests and ServiceCrashIT, on the platform they started, since it stops and restarts it.
 */
@Order(4)
@ExtendWith(SharedPlatform.class)
class PlatformIT {

    @Test
    void shouldServeClinicsThroughTheGatewayAndKeepDataAcrossRestart(LocalStack stack) {
        StackSettings settings = stack.settings();
        String exerciseId;
        List<Long> firstRunProcesses;

        var tokens = Tokens.at(settings.keycloakUrl() + "/realms/upright");
        String gateway = settings.gatewayUrl();

        // A therapist's call reaches catalog-service through the gateway
        exerciseId = given().auth().oauth2(tokens.user("theo")).contentType(ContentType.JSON)
                .body(Map.of("name", "Harbor towel row", "category", "strength", "movement", "row",
                        "difficulty", "beginner", "equipment", List.of("none")))
                .when().post(gateway + "/api/v1/exercises")
                .then().statusCode(201).body("name", is("Harbor towel row"))
                .extract().path("id");

        // ...and its event reaches plan-service's read model, as do the seeded global exercises
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(tokens.user("theo")).when().get(gateway + "/api/v1/planning-catalogue")
                        .then().statusCode(200)
                        .body("id", hasItem(exerciseId))
                        .body("slug", hasItems("band-row", "face-pull", "doorway-pec-stretch")));

        given().auth().oauth2(tokens.user("theo")).when().get(gateway + "/api/v1/alerts")
                .then().statusCode(200);
        given().auth().oauth2(tokens.user("theo")).when().get(gateway + "/api/v1/muscles")
                .then().statusCode(200).body("code", hasItem("trapezius"));

        // No token: 401; another clinic's exercise: 404, both as problem+json from the gateway
        given().when().get(gateway + "/api/v1/exercises")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(tokens.user("sam")).when().get(gateway + "/api/v1/exercises/" + exerciseId)
                .then().statusCode(404).contentType("application/problem+json");

        firstRunProcesses = stack.childProcessIds();
        // Each instance of the three domain services, the gateway, Kafka and Keycloak (PostgreSQL is not a child)
        assertThat(firstRunProcesses).hasSize(3 * settings.instances() + 3);
        SharedPlatform.stop();

        // Stopping leaves no process behind
        assertThat(firstRunProcesses).allSatisfy(pid ->
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("pid %d alive", pid).isFalse());

        // Starting again on the same data keeps what was written
        try (var again = LocalStack.start(settings, System.out)) {
            given().auth().oauth2(tokens.user("theo")).when().get(again.settings().gatewayUrl() + "/api/v1/exercises/" + exerciseId)
                    .then().statusCode(200).body("name", is("Harbor towel row"));
        }
    }
}
