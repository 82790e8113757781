package dev.upright.deploy;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.upright.localservers.KeycloakServer;
import io.restassured.http.ContentType;

/**
 * The realm lets the web app's public client return to the gateway's usual address (port 8080) only. A test
 * platform runs its gateway on a free port, so the test registers that origin too, through Keycloak's admin
 * API with the local stack's demo administrator.
 */
final class KeycloakWebClient {

    private KeycloakWebClient() {
    }

    @SuppressWarnings("unchecked")
    static void allowOrigin(String keycloakUrl, String origin) {
        String admin = given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.DEMO_ADMIN_USER, "password", KeycloakServer.DEMO_ADMIN_PASSWORD))
                .post(keycloakUrl + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String clients = keycloakUrl + "/admin/realms/upright/clients";
        Map<String, Object> client = given().auth().oauth2(admin).queryParam("clientId", "upright-web").get(clients)
                .then().statusCode(200).extract().jsonPath().getMap("[0]");

        List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
        redirects.add(origin + "/*");
        client.put("redirectUris", redirects);
        List<String> origins = new ArrayList<>((List<String>) client.get("webOrigins"));
        origins.add(origin);
        client.put("webOrigins", origins);
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        // Keycloak keeps several post-logout redirect URIs in one attribute, separated by "##"
        attributes.put("post.logout.redirect.uris", attributes.get("post.logout.redirect.uris") + "##" + origin + "/*");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(client).put(clients + "/" + client.get("id"))
                .then().statusCode(204);
    }
}
