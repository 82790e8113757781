package dev.upright.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RealmClientsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    @Test
    void shouldAddAClientTheRealmFileGainedAfterTheRealmWasImported() throws Exception {
        Path realmFile = projectRoot().resolve("deploy/keycloak/upright-realm.json");
        ObjectNode realm = (ObjectNode) JSON.readTree(realmFile.toFile());
        // The realm as an older checkout imported it: without plan-service's client and service account, and
        // without the API audience on harbor-integration's tokens
        ObjectNode older = without(realm, "plan-service");
        older.path("clients").forEach(client -> {
            if ("harbor-integration".equals(client.path("clientId").asText())) {
                ((ArrayNode) client.path("protocolMappers")).removeIf(m -> m.path("name").asText().contains("audience"));
            }
        });
        Path olderFile = work.resolve("older-realm.json");
        JSON.writeValue(olderFile.toFile(), older);

        try (var keycloak = KeycloakServer.start(ServerLayout.fromBuild(), Ports.findFree(), Ports.findFree(), olderFile,
                new KeycloakServer.Storage.InMemory(), work.resolve("keycloak.log"))) {
            assertThat(RealmClients.addMissing(keycloak, realmFile))
                    .containsExactly("harbor-integration: upright-api audience", "plan-service");
            assertThat(RealmClients.addMissing(keycloak, realmFile)).isEmpty();

            // The added client logs in with the file's secret, and its token may read the realm's users
            String token = clientToken(keycloak, "plan-service", "plan-service-demo-secret");
            var users = http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/upright/users?username=clara&exact=true"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(users.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(users.body()).get(0).path("username").asText()).isEqualTo("clara");

            // The existing client's tokens now name the API as their audience
            String integration = clientToken(keycloak, "harbor-integration", "harbor-integration-demo-secret");
            String claims = new String(java.util.Base64.getUrlDecoder().decode(integration.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(JSON.readTree(claims).path("aud").toString()).contains("upright-api");
        }
    }

    @Test
    void shouldGiveAnExistingServiceAccountTheClientRolesTheRealmFileGainedSinceTheImport() throws Exception {
        Path realmFile = projectRoot().resolve("deploy/keycloak/upright-realm.json");
        ObjectNode older = (ObjectNode) JSON.readTree(realmFile.toFile());
        // The realm as a checkout from before the clinics' API clients imported it: plan-service could not manage clients
        older.path("users").forEach(user -> {
            if ("plan-service".equals(user.path("serviceAccountClientId").asText())) {
                ((ArrayNode) user.path("clientRoles").path("realm-management")).removeIf(role -> role.asText().endsWith("-clients"));
            }
        });
        Path olderFile = work.resolve("older-realm.json");
        JSON.writeValue(olderFile.toFile(), older);

        try (var keycloak = KeycloakServer.start(ServerLayout.fromBuild(), Ports.findFree(), Ports.findFree(), olderFile,
                new KeycloakServer.Storage.InMemory(), work.resolve("keycloak.log"))) {
            String token = clientToken(keycloak, "plan-service", "plan-service-demo-secret");
            assertThat(clientsStatus(keycloak, token)).isEqualTo(403);

            assertThat(RealmClients.addMissing(keycloak, realmFile)).containsExactlyInAnyOrder(
                    "plan-service: realm-management/query-clients", "plan-service: realm-management/view-clients",
                    "plan-service: realm-management/manage-clients");
            assertThat(RealmClients.addMissing(keycloak, realmFile)).isEmpty();

            // A token issued now carries the new roles
            assertThat(clientsStatus(keycloak, clientToken(keycloak, "plan-service", "plan-service-demo-secret")))
                    .isEqualTo(200);
        }
    }

    private int clientsStatus(KeycloakServer keycloak, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/upright/clients?max=1"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static ObjectNode without(ObjectNode realm, String clientId) {
        ObjectNode copy = realm.deepCopy();
        ArrayNode clients = copy.putArray("clients");
        realm.path("clients").forEach(c -> {
            if (!clientId.equals(c.path("clientId").asText())) {
                clients.add(c);
            }
        });
        ArrayNode users = copy.putArray("users");
        realm.path("users").forEach(u -> {
            if (!clientId.equals(u.path("serviceAccountClientId").asText())) {
                users.add(u);
            }
        });
        return copy;
    }

    private String clientToken(KeycloakServer keycloak, String clientId, String secret) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + secret))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        return body.path("access_token").asText();
    }

    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
