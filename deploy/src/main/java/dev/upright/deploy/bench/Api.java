package dev.upright.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The public API for seeding and sampling (not the hot loops): JDK HttpClient and Jackson are fine here. */
final class Api {

    record Answer(int status, JsonNode body, String raw) {
    }

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    private final String keycloak;

    Api(String keycloak) {
        this.keycloak = keycloak;
    }

    /** A password login of the upright realm's CLI client (demo users, and the clients this benchmark creates). */
    String login(String username, String password) {
        return token("/realms/upright/protocol/openid-connect/token",
                "client_id=upright-cli&grant_type=password&scope=openid&username=" + enc(username) + "&password=" + enc(password));
    }

    /** Keycloak's bootstrap administrator (demo only), to let new client accounts log in without the password change. */
    String adminToken() {
        return token("/realms/master/protocol/openid-connect/token",
                "client_id=admin-cli&grant_type=password&username=admin&password=admin");
    }

    private String token(String path, String form) {
        Answer answer = send(HttpRequest.newBuilder(URI.create(keycloak + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new IllegalStateException("No token from Keycloak (" + answer.status() + "): " + answer.raw());
        }
        return answer.body().get("access_token").asText();
    }

    Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
    }

    Answer post(String url, String token, Object body) {
        return send(url, token, "POST", body, null);
    }

    Answer send(String url, String token, String method, Object body, String idempotencyKey) {
        try {
            String text = body == null ? "" : body instanceof String s ? s : json.writeValueAsString(body);
            var builder = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(text));
            if (idempotencyKey != null) builder.header("Idempotency-Key", idempotencyKey);
            return send(builder);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails with the answer unless its status is one of {@code expected}. */
    static Answer expect(Answer answer, String what, int... expected) {
        for (int status : expected) {
            if (answer.status() == status) return answer;
        }
        throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.raw());
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = null;
            if (raw != null && !raw.isBlank() && (raw.startsWith("{") || raw.startsWith("["))) {
                body = json.readTree(raw);
            }
            return new Answer(response.statusCode(), body, raw);
        } catch (IOException e) {
            return new Answer(-1, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
