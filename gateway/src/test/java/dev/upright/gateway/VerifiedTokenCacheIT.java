package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.localservers.KeycloakServer;
import dev.upright.testing.ForgedTokens;
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

        assertRefused("/api/v1/exercises/tampered-signature", ForgedTokens.withAlteredSignature(token));
    }

    @Test
    void shouldRefuseCachedTokensSignatureOnOtherClaims() {
        String token = cachedToken("/api/v1/exercises/tampered-claims");

        assertRefused("/api/v1/exercises/tampered-claims", ForgedTokens.tampered(token));
    }

    @Test
    void shouldRefuseUnsignedCopyOfCachedToken() {
        String token = cachedToken("/api/v1/exercises/alg-none");

        assertRefused("/api/v1/exercises/alg-none", ForgedTokens.unsigned(token));
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
}
