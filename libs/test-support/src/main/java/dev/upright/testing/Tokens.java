package dev.upright.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the platform realm, obtained as the demo users and integration clients would. */
public final class Tokens {

    /** Demo password of every demo user in the realm (demo only). */
    public static final String DEMO_PASSWORD = "demo";

    /** Tokens live 10 minutes in the realm; reuse one for a few minutes at most. */
    private static final Duration REUSE = Duration.ofMinutes(4);

    private record Cached(String token, Instant obtainedAt) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private final String realmUrl;

    private Tokens(String realmUrl) {
        this.realmUrl = realmUrl;
    }

    /** Tokens from the realm at this URL (for example a whole local stack started by a test). */
    public static Tokens at(String realmUrl) {
        return new Tokens(realmUrl);
    }

    /** A demo user's token from the module's test Keycloak. */
    public static String of(String username) {
        return at(TestServers.get().keycloakRealmUrl()).user(username);
    }

    /** A clinic integration's token from the module's test Keycloak. */
    public static String ofClient(String clientId, String secret) {
        return at(TestServers.get().keycloakRealmUrl()).client(clientId, secret);
    }

    /** Drops every cached token: after Keycloak re-imported its realm they name keys and users it no longer has. */
    static void forgetAll() {
        CACHE.clear();
    }

    /** A token of the demo account (Harbor's, where it belongs to a clinic) that holds just this realm role. */
    public static String ofRole(String role) {
        return switch (role) {
            case "therapist" -> of("theo");
            case "clinic-admin" -> of("anna");
            case "client" -> of("clara");
            case "platform-admin" -> of("pat");
            case "integration" -> ofClient("harbor-integration", "harbor-integration-demo-secret");
            default -> throw new IllegalArgumentException("No demo account holds the role " + role);
        };
    }

    /** The subject (user id) a token was issued to, as a service sees it. */
    public static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString("sub");
    }

    /** An access token of a demo user (password grant through the demo-only CLI client). */
    public String user(String username) {
        return cached("user:" + username, passwordGrant(username));
    }

    /** A new login of a demo user, never a cached token: fails as a real login would when Keycloak is away. */
    public String login(String username) {
        return obtain(passwordGrant(username));
    }

    private static Map<String, String> passwordGrant(String username) {
        return Map.of("grant_type", "password", "client_id", "upright-cli", "username", username,
                "password", DEMO_PASSWORD, "scope", "openid");
    }

    /** An access token of a clinic's integration service account (client credentials grant). */
    public String client(String clientId, String secret) {
        return cached("client:" + clientId, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    private String cached(String who, Map<String, String> form) {
        String key = realmUrl + "|" + who;
        Cached cached = CACHE.get(key);
        if (cached == null || cached.obtainedAt().plus(REUSE).isBefore(Instant.now())) {
            cached = new Cached(obtain(form), Instant.now());
            CACHE.put(key, cached);
        }
        return cached.token();
    }

    private String obtain(Map<String, String> form) {
        return given().formParams(form)
                .post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
