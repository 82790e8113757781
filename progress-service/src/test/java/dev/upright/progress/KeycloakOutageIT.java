package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;

import java.net.ConnectException;
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
import io.restassured.http.ContentType;

/**
 * Keycloak stopped. Proves that the services never call Keycloak per request: a token issued before the stop, and
 * never shown to the service until Keycloak is gone, is verified against the signing keys the service already holds,
 * and works for reads and writes (200, 201); only new logins fail, with a connection error. After Keycloak is back
 * (its in-memory realm imported anew, with new keys), logins work again and the service accepts their tokens.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class KeycloakOutageIT {

    @Test
    void shouldKeepServingTokensIssuedBeforeKeycloakStoppedAndRefuseNewLogins() {
        UUID client = UUID.randomUUID();
        PlanActivations.activate(client, 3, LocalDate.now(ZoneOffset.UTC).minusDays(7));
        var realm = Tokens.at(TestServers.get().keycloakRealmUrl());
        String issuedBefore = realm.login("tessa");

        TestServers.get().whileKeycloakIsDown(() -> {
            assertThatThrownBy(() -> realm.login("anna")).isInstanceOf(ConnectException.class);

            String logged = logSession(issuedBefore, client);
            given().auth().oauth2(issuedBefore).when().get("/api/v1/clients/" + client + "/sessions")
                    .then().statusCode(200).body("id", hasItem(logged));
            given().auth().oauth2(issuedBefore).when().get("/api/v1/alerts").then().statusCode(200);
        });

        String issuedAfter = realm.login("tessa");
        assertThat(issuedAfter).isNotEqualTo(issuedBefore);
        String logged = logSession(issuedAfter, client);
        given().auth().oauth2(issuedAfter).when().get("/api/v1/clients/" + client + "/sessions")
                .then().statusCode(200).body("id", hasItem(logged));
    }

    private static String logSession(String token, UUID client) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "performedAt", Instant.now().minusSeconds(600).toString(),
                        "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(),
                                "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }
}
