package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.localservers.KeycloakServer;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import dev.upright.web.security.VerifiedTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Verified bearer tokens are answered from a cache on their next use; nothing but the very same token string
 * is, so a token that was altered in any way after a valid one was cached is still refused with 401 and never
 * reaches a service. (Expiry within the cache is shown by VerifiedTokensTest with a clock of its own.)
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class VerifiedTokenCacheIT {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    VerifiedTokens verifiedTokens;

    private final StubUpstream stub = UpstreamStubResource.stub();

    @Test
    void shouldAnswerARepeatedTokenFromTheCache() {
        stub.answer("/api/v1/exercises/cached", Answer.of(200, "application/json", "{}"));
        String token = Tokens.of("tessa");

        given().auth().oauth2(token).when().get("/api/v1/exercises/cached").then().statusCode(200);
        long hits = verifiedTokens.stats().hitCount();
        given().auth().oauth2(token).when().get("/api/v1/exercises/cached").then().statusCode(200);

        assertThat(verifiedTokens.stats().hitCount()).isGreaterThan(hits);
        assertThat(stub.lastOn("/api/v1/exercises/cached").header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void shouldRefuseTamperedCopyOfCachedToken() {
        String token = cachedToken("/api/v1/exercises/tampered-signature");
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String otherSignature = parts[2].substring(0, parts[2].length() - 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].charAt(parts[2].length() - 1);

        assertRefused("/api/v1/exercises/tampered-signature", parts[0] + "." + parts[1] + "." + otherSignature);
    }

    @Test
    void shouldRefuseCachedTokensSignatureOnOtherClaims() {
        String token = cachedToken("/api/v1/exercises/tampered-claims");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"harbor\"", "\"summit\"");
        assertThat(claims).contains("summit");

        assertRefused("/api/v1/exercises/tampered-claims", parts[0] + "." + encode(claims) + "." + parts[2]);
    }

    @Test
    void shouldRefuseUnsignedCopyOfCachedToken() {
        String token = cachedToken("/api/v1/exercises/alg-none");
        String claims = token.split("\\.")[1];

        assertRefused("/api/v1/exercises/alg-none", encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".");
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        // Keycloak's own admin realm: a genuine, unexpired token, just not one of the platform's
        String master = given().formParams("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.DEMO_ADMIN_USER, "password", KeycloakServer.DEMO_ADMIN_PASSWORD)
                .post(TestServers.get().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");

        assertRefused("/api/v1/exercises/other-issuer", master);
        assertRefused("/api/v1/exercises/other-issuer", master);
    }

    /** A valid token, used once so that it is in the cache. */
    private String cachedToken(String path) {
        stub.answer(path, Answer.of(200, "application/json", "{}"));
        String token = Tokens.of("theo");
        given().auth().oauth2(token).when().get(path).then().statusCode(200);
        return token;
    }

    private void assertRefused(String path, String token) {
        String before = stub.lastOn(path) == null ? null : stub.lastOn(path).header("Authorization");
        given().auth().oauth2(token).when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
        String after = stub.lastOn(path) == null ? null : stub.lastOn(path).header("Authorization");
        assertThat(after).as("what reached the service").isEqualTo(before).isNotEqualTo("Bearer " + token);
    }

    private static String encode(String json) {
        return BASE64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
