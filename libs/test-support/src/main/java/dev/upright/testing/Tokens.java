package dev.upright.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the platform realm, obtained as the demo users and integration clients would. */
public final class Tokens {

    /** Demo password of every demo user in the realm (demo only). */
    public static final String DEMO_PASSWORD = "demo";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** An access token of a demo user (password grant through the demo-only CLI client). */
    public static String of(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> given()
                .formParams(Map.of("grant_type", "password", "client_id", "upright-cli",
                        "username", username, "password", DEMO_PASSWORD, "scope", "openid"))
                .post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    /** An access token of a clinic's integration service account (client credentials grant). */
    public static String ofClient(String clientId, String secret) {
        return CACHE.computeIfAbsent("client:" + clientId, key -> given()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    private static String tokenUrl() {
        return TestServers.get().keycloakRealmUrl() + "/protocol/openid-connect/token";
    }
}
