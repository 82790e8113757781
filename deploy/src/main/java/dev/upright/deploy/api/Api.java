package dev.upright.deploy.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's public API as a clinic uses it, with real logins from Keycloak: for seeding and sampling (the
 * benchmark's hot loops use {@code RawHttp}). JDK HttpClient and Jackson are fine here.
 */
public final class Api {

    public record Answer(int status, JsonNode body, String raw) {
    }

    private record Login(String token, long at) {
    }

    /** Tokens live ten minutes in the demo realm: a cached one is renewed well before that. */
    private static final long TOKEN_REUSE_NANOS = TimeUnit.MINUTES.toNanos(4);

    public final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    public final ObjectMapper json = new ObjectMapper();
    private final String keycloak;
    private final Map<String, Login> logins = new ConcurrentHashMap<>();

    /** @param keycloak Keycloak's base URL, e.g. http://localhost:8180 */
    public Api(String keycloak) {
        this.keycloak = keycloak;
    }

    public String keycloakUrl() {
        return keycloak;
    }

    /** A password login of the upright realm's CLI client (demo users, and the clients the benchmark creates). */
    public String login(String username, String password) {
        return token("/realms/upright/protocol/openid-connect/token",
                "client_id=upright-cli&grant_type=password&scope=openid&username=" + enc(username) + "&password=" + enc(password));
    }

    /** The same login, reused for a few minutes instead of asking Keycloak for every call. */
    public String cachedLogin(String username, String password) {
        Login login = logins.get(username);
        if (login == null || System.nanoTime() - login.at() > TOKEN_REUSE_NANOS) {
            login = new Login(login(username, password), System.nanoTime());
            logins.put(username, login);
        }
        return login.token();
    }

    /** Keycloak's bootstrap administrator (demo only), to let new client accounts log in without the password change. */
    public String adminToken() {
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

    public Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET());
    }

    public Answer post(String url, String token, Object body) {
        return send(url, token, "POST", body, null);
    }

    /** @param body a JSON text, or an object Jackson writes; null for none */
    public Answer send(String url, String token, String method, Object body, String idempotencyKey) {
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
    public static Answer expect(Answer answer, String what, int... expected) {
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
