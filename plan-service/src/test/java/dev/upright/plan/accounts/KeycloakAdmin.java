package dev.upright.plan.accounts;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import dev.upright.localservers.KeycloakServer;
import dev.upright.testing.TestServers;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The test Keycloak's admin API as its bootstrap administrator: checks what account linking did,
 * independently of plan-service's own client and roles.
 */
public final class KeycloakAdmin {

    private final String url = TestServers.get().keycloakUrl();

    private RequestSpecification admin() {
        String token = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.DEMO_ADMIN_USER, "password", KeycloakServer.DEMO_ADMIN_PASSWORD))
                .post(url + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token).baseUri(url + "/admin/realms/" + KeycloakServer.REALM);
    }

    Map<String, Object> user(String userId) {
        return admin().get("/users/" + userId).then().statusCode(200).extract().jsonPath().getMap("");
    }

    List<String> realmRoles(String userId) {
        return admin().get("/users/" + userId + "/role-mappings/realm/composite")
                .then().statusCode(200).extract().jsonPath().getList("name");
    }

    /** Aliases of the organizations (clinics) the user is a member of. */
    List<String> clinicsOf(String userId) {
        return admin().get("/organizations/members/" + userId + "/organizations")
                .then().statusCode(200).extract().jsonPath().getList("alias");
    }

    void removeClientRole(String userId) {
        var role = admin().get("/roles/client").then().statusCode(200).extract().jsonPath().getMap("");
        admin().contentType(ContentType.JSON).body(List.of(role))
                .delete("/users/" + userId + "/role-mappings/realm").then().statusCode(204);
    }

    /** Lets a test log in with the temporary password, as if the client had already changed it. */
    public void clearRequiredActions(String userId) {
        admin().contentType(ContentType.JSON).body(Map.of("requiredActions", List.of()))
                .put("/users/" + userId).then().statusCode(204);
    }
}
