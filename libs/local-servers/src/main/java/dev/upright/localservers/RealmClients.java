package dev.upright.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * Keycloak imports the realm file only into a realm that does not exist yet, so a local stack whose data
 * predates a new client of the realm file (plan-service's, for example) would never get it. This adds
 * each client of the file that the running realm lacks, with the realm-management roles its service
 * account has in the file, and each protocol mapper (by name) that the file gives an existing client and the
 * realm's client lacks (the API's audience, for example, without which the services refuse its tokens), and
 * each client role that the file gives an existing client's service account and the realm's lacks
 * (plan-service's {@code manage-clients}, for example, which the clinics' API clients need).
 * Nothing that exists is changed or taken away: a client or mapper edited in the admin console stays as it is.
 */
public final class RealmClients {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String adminUrl;
    private final String token;

    private RealmClients(String adminUrl, String token) {
        this.adminUrl = adminUrl;
        this.token = token;
    }

    /**
     * Adds the realm file's missing clients and mappers to the running realm, as Keycloak's bootstrap administrator.
     *
     * @return what was added: a client id, or "client id: mapper name"; empty when the realm already had it all
     */
    public static List<String> addMissing(KeycloakServer keycloak, Path realmFile) {
        try {
            JsonNode realm = JSON.readTree(realmFile.toFile());
            var clients = new RealmClients(keycloak.url() + "/admin/realms/" + realm.path("realm").asText(),
                    adminToken(keycloak.url()));
            List<String> added = new ArrayList<>();
            for (JsonNode client : realm.path("clients")) {
                String clientId = client.path("clientId").asText();
                String id = clients.find(clientId);
                if (id == null) {
                    clients.create(client, serviceAccountOf(realm, clientId));
                    added.add(clientId);
                } else {
                    clients.addMissingMappers(id, client).forEach(mapper -> added.add(clientId + ": " + mapper));
                    JsonNode serviceAccount = serviceAccountOf(realm, clientId);
                    if (serviceAccount != null) {
                        clients.addMissingRoles(id, serviceAccount).forEach(role -> added.add(clientId + ": " + role));
                    }
                }
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not add the realm file's clients to Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while adding the realm file's clients", e);
        }
    }

    /** An access token of Keycloak's bootstrap administrator (demo only), for its admin API. */
    public static String adminToken(String keycloakUrl) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(KeycloakServer.DEMO_ADMIN_USER)
                + "&password=" + encode(KeycloakServer.DEMO_ADMIN_PASSWORD);
        var request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the bootstrap administrator could not log in (" + response.statusCode() + ")");
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static JsonNode serviceAccountOf(JsonNode realm, String clientId) {
        for (JsonNode user : realm.path("users")) {
            if (clientId.equals(user.path("serviceAccountClientId").asText(null))) {
                return user;
            }
        }
        return null;
    }

    /** The client's internal id, or null if the realm has no such client. */
    private String find(String clientId) throws IOException, InterruptedException {
        JsonNode found = JSON.readTree(call("GET", "/clients?clientId=" + encode(clientId), null, 200));
        return found.isEmpty() ? null : found.get(0).path("id").asText();
    }

    private void create(JsonNode client, JsonNode serviceAccount) throws IOException, InterruptedException {
        call("POST", "/clients", client, 201);
        if (serviceAccount == null) {
            return;
        }
        // Keycloak made the service account user with the client; give it the file's client roles
        addMissingRoles(find(client.path("clientId").asText()), serviceAccount);
    }

    /** Grants the service account each client role of the file it lacks; answers them as "role-client/role". */
    private List<String> addMissingRoles(String id, JsonNode serviceAccount) throws IOException, InterruptedException {
        String userId = JSON.readTree(call("GET", "/clients/" + id + "/service-account-user", null, 200))
                .path("id").asText();
        List<String> added = new ArrayList<>();
        for (var entry : serviceAccount.path("clientRoles").properties()) {
            String roleClientId = find(entry.getKey());
            String mappings = "/users/" + userId + "/role-mappings/clients/" + roleClientId;
            List<String> present = new ArrayList<>();
            JSON.readTree(call("GET", mappings, null, 200)).forEach(role -> present.add(role.path("name").asText()));
            ArrayNode roles = JSON.createArrayNode();
            for (JsonNode name : entry.getValue()) {
                if (!present.contains(name.asText())) {
                    roles.add(JSON.readTree(call("GET", "/clients/" + roleClientId + "/roles/" + encode(name.asText()),
                            null, 200)));
                    added.add(entry.getKey() + "/" + name.asText());
                }
            }
            if (!roles.isEmpty()) {
                call("POST", mappings, roles, 204);
            }
        }
        return added;
    }

    private List<String> addMissingMappers(String id, JsonNode client) throws IOException, InterruptedException {
        String path = "/clients/" + id + "/protocol-mappers/models";
        List<String> present = new ArrayList<>();
        JSON.readTree(call("GET", path, null, 200)).forEach(mapper -> present.add(mapper.path("name").asText()));
        List<String> added = new ArrayList<>();
        for (JsonNode mapper : client.path("protocolMappers")) {
            String name = mapper.path("name").asText();
            if (!present.contains(name)) {
                call("POST", path, mapper, 201);
                added.add(name);
            }
        }
        return added;
    }

    private String call(String method, String path, JsonNode body, int expected) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
