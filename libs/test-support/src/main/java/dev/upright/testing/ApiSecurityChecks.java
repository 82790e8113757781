package dev.upright.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.configuration.MemorySize;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The security checks every domain service passes besides {@link TokenChecks}, run against the service under test with
 * real tokens of the module's test Keycloak. A service's test class extends this and names its write operations'
 * roles; the operations themselves come from the OpenAPI document the service serves, so a new one cannot slip past
 * unchecked.
 */
public abstract class ApiSecurityChecks extends TokenChecks {

    /** Every realm role a caller can hold. */
    public static final List<String> ROLES = List.of("therapist", "clinic-admin", "client", "integration",
            "platform-admin");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A write operation of the service's OpenAPI document. */
    protected record Operation(String method, String path, JsonNode requestSchema) {

        String name() {
            return method.toUpperCase() + " " + path;
        }

        /** The path with a fresh id in each parameter: no such resource, so a write that gets through changes nothing. */
        String anyPath() {
            return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }
    }

    private final Map<String, Set<String>> writeRoles;

    /**
     * @param readPath   a GET any Harbor therapist may call: where each token is tried
     * @param writeRoles the roles the service's README allows on each write operation ("POST /api/v1/..."); every
     *                   other role must get 403
     */
    protected ApiSecurityChecks(String readPath, Map<String, Set<String>> writeRoles) {
        super(readPath);
        this.writeRoles = writeRoles;
    }

    @Test
    void shouldListEveryWriteOperationInTheRoleTable() {
        Set<String> documented = new TreeSet<>();
        writeOperations().forEach(operation -> documented.add(operation.name()));
        assertThat(writeRoles.keySet()).as("write operations of the role table").containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void shouldLetTheDocumentedRolesWriteAndRefuseTheOthers() {
        var softly = new SoftAssertions();
        for (Operation operation : writeOperations()) {
            Set<String> allowed = writeRoles.getOrDefault(operation.name(), Set.of());
            for (String role : ROLES) {
                Response answer = send(given().auth().oauth2(Tokens.ofRole(role)), operation,
                        operation.requestSchema() == null ? null : "{}", "application/json");
                String call = operation.name() + " as " + role;
                if (allowed.contains(role)) {
                    softly.assertThat(answer.statusCode()).as(call + ": " + answer.asString()).isNotIn(401, 403);
                } else {
                    softly.assertThat(answer.statusCode()).as(call + ": " + answer.asString()).isEqualTo(403);
                    softly.assertThat(answer.contentType()).as(call).isEqualTo(PROBLEM);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void shouldAnswer413ProblemToABodyOverTheLimit() throws Exception {
        long limit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        // Valid JSON, so that only its size can be what is refused
        byte[] tooLarge = ("{\"name\":\"" + "x".repeat((int) limit) + "\"}").getBytes(StandardCharsets.UTF_8);
        var softly = new SoftAssertions();
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            for (Operation operation : writeOperations()) {
                // Expect: 100-continue lets the service answer before the body is sent, as a careful client would
                tooLarge(softly, client, operation, "with its length", HttpRequest.newBuilder().expectContinue(true),
                        HttpRequest.BodyPublishers.ofByteArray(tooLarge));
                // Without a Content-Length (chunked) only reading the body shows it is too large; one that takes no
                // body never reads it
                if (operation.requestSchema() != null) {
                    tooLarge(softly, client, operation, "streamed", HttpRequest.newBuilder(),
                            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)));
                }
            }
        }
        softly.assertAll();
    }

    private void tooLarge(SoftAssertions softly, HttpClient client, Operation operation, String how,
            HttpRequest.Builder request, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        request.uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + operation.anyPath()))
                .header("Authorization", "Bearer " + tokenAllowedOn(operation))
                .header("Content-Type", "application/json")
                .method(operation.method().toUpperCase(), body);
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String call = operation.name() + ", " + how;
        softly.assertThat(answer.statusCode()).as(call + ": " + answer.body()).isEqualTo(413);
        softly.assertThat(answer.headers().firstValue("Content-Type")).as(call).hasValue(PROBLEM);
        softly.assertThat(answer.body()).as(call).contains("\"status\":413");
    }

    @Test
    void shouldAnswerAMalformedBodyWithA4xxProblem() {
        var softly = new SoftAssertions();
        for (Operation operation : writeOperations()) {
            if (operation.requestSchema() == null) {
                continue;
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("invalid JSON", "{\"name\": [");
            bodies.put("a JSON array", "[{}]");
            bodies.put("a JSON string", "\"text\"");
            bodies.put("null", "null");
            bodies.put("an empty body", "");
            bodies.put("deeply nested arrays", "[".repeat(5_000) + "]".repeat(5_000));
            String mistyped = mistyped(operation.requestSchema());
            if (mistyped != null) {
                bodies.put("every field of the wrong type", mistyped);
            }
            bodies.forEach((what, body) -> malformed(softly, operation, what, body, "application/json"));
            malformed(softly, operation, "a text body", "{}", "text/plain");
        }
        softly.assertAll();
    }

    private void malformed(SoftAssertions softly, Operation operation, String what, String body, String contentType) {
        Response answer = send(given().auth().oauth2(tokenAllowedOn(operation)), operation, body, contentType);
        String call = operation.name() + " with " + what;
        softly.assertThat(answer.statusCode()).as(call + ": " + answer.asString()).isBetween(400, 499);
        softly.assertThat(answer.contentType()).as(call).isEqualTo(PROBLEM);
    }

    private static Response send(RequestSpecification request, Operation operation, String body, String contentType) {
        if (body != null) {
            request.contentType(contentType).body(body);
        }
        return request.when().request(operation.method().toUpperCase(), operation.anyPath());
    }

    private String tokenAllowedOn(Operation operation) {
        return Tokens.ofRole(writeRoles.getOrDefault(operation.name(), Set.of("therapist")).iterator().next());
    }

    /** The POST, PUT, PATCH and DELETE operations of the document the service serves at /q/openapi. */
    protected static List<Operation> writeOperations() {
        JsonNode document = parse(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (WRITES.contains(operation.getKey())) {
                operations.add(new Operation(operation.getKey(), path.getKey(),
                        requestSchema(document, operation.getValue())));
            }
        }));
        assertThat(operations).as("write operations in the OpenAPI document").isNotEmpty();
        return operations;
    }

    private static JsonNode requestSchema(JsonNode document, JsonNode operation) {
        Iterator<JsonNode> media = operation.path("requestBody").path("content").elements();
        if (!media.hasNext()) {
            return null;
        }
        JsonNode schema = media.next().path("schema");
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }

    /** Each property of the schema given a value of another JSON type; null when the schema names none. */
    private static String mistyped(JsonNode schema) {
        if (!schema.path("properties").isObject() || schema.path("properties").isEmpty()) {
            return null;
        }
        ObjectNode body = JSON.createObjectNode();
        schema.path("properties").properties().forEach(property -> {
            if ("array".equals(property.getValue().path("type").asText())) {
                body.put(property.getKey(), "not a list");
            } else {
                body.putArray(property.getKey()).addObject().put("wrong", true);
            }
        });
        return body.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + json, e);
        }
    }
}
