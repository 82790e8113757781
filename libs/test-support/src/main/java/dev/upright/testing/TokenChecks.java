package dev.upright.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/**
 * Tokens the service under test must refuse with 401 problem+json, each made by {@link ForgedTokens} from a real token
 * of the module's test Keycloak and sent to a GET the real token may call.
 */
public abstract class TokenChecks {

    protected static final String PROBLEM = "application/problem+json";

    protected final String readPath;

    /** @param readPath a GET any Harbor therapist may call: where each token is tried */
    protected TokenChecks(String readPath) {
        this.readPath = readPath;
    }

    @Test
    void shouldAcceptTheRealmsOwnTokenWhereTheForgedOnesAreTried() {
        given().auth().oauth2(Tokens.of("theo")).when().get(readPath).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        refused(ForgedTokens.expired("theo"));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        refused(ForgedTokens.forAnotherAudience());
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        refused(ForgedTokens.fromAnotherIssuer(Tokens.of("theo")));
    }

    @Test
    void shouldRefuseATokenSignedByAKeyTheRealmDoesNotHave() {
        refused(ForgedTokens.signedByAnotherKey(Tokens.of("theo")));
    }

    @Test
    void shouldRefuseATokenWithAlgNone() {
        refused(ForgedTokens.unsigned(Tokens.of("theo")));
    }

    @Test
    void shouldRefuseATamperedTokenEvenRightAfterItsOriginalWasAccepted() {
        String real = Tokens.of("theo");
        // The original is now among the verified tokens the service recognises without checking again
        given().auth().oauth2(real).when().get(readPath).then().statusCode(200);
        refused(ForgedTokens.tampered(real));
    }

    private void refused(String token) {
        given().auth().oauth2(token).when().get(readPath)
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("status", is(401));
    }
}
