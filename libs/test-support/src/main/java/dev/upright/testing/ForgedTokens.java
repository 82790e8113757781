package dev.upright.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.localservers.RealmClients;

/**
 * Tokens a service must refuse, each made from a real one of the module's test Keycloak: expired, for another
 * audience, from another issuer, signed by a key the realm does not have, with {@code alg: none}, or changed after
 * signing (claims or signature).
 */
public final class ForgedTokens {

    /** Claimed by tokens that a key of its own signs; no such realm exists. */
    public static final String ANOTHER_ISSUER = "https://another-issuer.example/realms/upright";
    /** A copy of upright-cli whose tokens live one second: an expired token without waiting minutes. */
    static final String SHORT_LIVED_CLIENT = "upright-cli-short-lived";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    /** A token the realm signed for this demo user, whose expiry has passed. */
    public static String expired(String username) {
        TestServers servers = TestServers.get();
        ensureShortLivedClient(servers);
        String token = given().formParams(Map.of("grant_type", "password", "client_id", SHORT_LIVED_CLIENT,
                        "username", username, "password", Tokens.DEMO_PASSWORD, "scope", "openid"))
                .post(servers.keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        long expiresAt = claims(token).path("exp").asLong();
        // The token is refused from the second after its exp on (no clock skew is allowed)
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().getEpochSecond() > expiresAt + 1);
        return token;
    }

    /** A token the realm signed for plan-service's own client (its admin-API calls), not for the platform's API. */
    public static String forAnotherAudience() {
        return Tokens.ofClient("plan-service", "plan-service-demo-secret");
    }

    /** The token's claims, naming another issuer, signed by that issuer's key. */
    public static String fromAnotherIssuer(String real) {
        ObjectNode claims = claims(real);
        claims.put("iss", ANOTHER_ISSUER);
        return signed(header(real).put("kid", "another-issuer"), claims);
    }

    /** The token's header and claims as they are, signed by a key the realm does not have. */
    public static String signedByAnotherKey(String real) {
        return signed(header(real), claims(real));
    }

    /** The token's claims with {@code alg: none} and no signature. */
    public static String unsigned(String real) {
        String header = encode(JSON.createObjectNode().put("alg", "none").put("typ", "JWT"));
        return header + "." + real.split("\\.")[1] + ".";
    }

    /** The token with the caller promoted to clinic-admin of another clinic; its signature kept. */
    public static String tampered(String real) {
        ObjectNode claims = claims(real);
        claims.withObject("/realm_access").withArray("roles").add("clinic-admin");
        claims.putArray("organization").add("summit");
        String[] parts = real.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /** The token as it is but for one character of its signature, which therefore no longer matches. */
    public static String withAlteredSignature(String real) {
        String[] parts = real.split("\\.");
        String signature = parts[2];
        // Not the last character: some of its bits lie beyond the signature's bytes, so changing it may change nothing
        int at = signature.length() - 2;
        char altered = signature.charAt(at) == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + signature.substring(0, at) + altered + signature.substring(at + 1);
    }

    private static String signed(ObjectNode header, ObjectNode claims) {
        header.put("alg", "RS256");
        String content = encode(header) + "." + encode(claims);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair key = generator.generateKeyPair();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + BASE64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private static ObjectNode header(String token) {
        return part(token, 0);
    }

    private static ObjectNode claims(String token) {
        return part(token, 1);
    }

    private static ObjectNode part(String token, int index) {
        return parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON object: " + json, e);
        }
    }

    private static String encode(ObjectNode json) {
        try {
            return BASE64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies upright-cli (scopes, mappers, grants) into a client whose access tokens live one second. */
    private static synchronized void ensureShortLivedClient(TestServers servers) {
        String admin;
        try {
            admin = RealmClients.adminToken(servers.keycloakUrl());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not log in to Keycloak's admin API", e);
        }
        String clients = servers.keycloakUrl() + "/admin/realms/upright/clients";
        if (!given().auth().oauth2(admin).queryParam("clientId", SHORT_LIVED_CLIENT).get(clients)
                .then().statusCode(200).extract().jsonPath().getList("$").isEmpty()) {
            return;
        }
        String found = given().auth().oauth2(admin).queryParam("clientId", "upright-cli").get(clients)
                .then().statusCode(200).extract().asString();
        ObjectNode copy = parse(found.substring(1, found.length() - 1));
        copy.remove("id");
        copy.put("clientId", SHORT_LIVED_CLIENT);
        copy.withArray("protocolMappers").forEach(mapper -> ((ObjectNode) mapper).remove("id"));
        copy.withObject("/attributes").put("access.token.lifespan", "1");
        given().auth().oauth2(admin).contentType("application/json").body(copy.toString()).post(clients)
                .then().statusCode(201);
    }
}
