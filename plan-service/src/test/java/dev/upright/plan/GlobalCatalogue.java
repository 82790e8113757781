package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;

/**
 * The real global catalogue (catalog-service's seed file), published as catalog-service would publish
 * it, so plans in these tests are built from what production plans are built from.
 */
final class GlobalCatalogue {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<JsonNode> exercises;

    private GlobalCatalogue() {
    }

    /** Publishes the catalogue once per test run and waits until plan-service's read model has all of it. */
    static synchronized List<JsonNode> ensurePublished() {
        if (exercises != null) {
            return exercises;
        }
        JsonNode file = read();
        Map<String, String> idsBySlug = new HashMap<>();
        file.get("exercises").forEach(e -> idsBySlug.put(e.get("slug").asText(), e.get("id").asText()));
        for (JsonNode e : file.get("exercises")) {
            ObjectNode event = ((ObjectNode) e.deepCopy());
            event.put("exerciseId", e.get("id").asText());
            event.putNull("tenantId");
            event.put("change", "CREATED");
            event.put("version", 1);
            event.put("retired", false);
            event.put("changedAt", "2026-11-21T10:00:00Z");
            link(event, "easier", "easierId", idsBySlug);
            link(event, "harder", "harderId", idsBySlug);
            KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "catalog.exercises",
                    e.get("id").asText(), UUID.randomUUID().toString(), "catalog.exercise-changed.v1", null, event.toString());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<String> known = given().auth().oauth2(Tokens.of("theo")).get("/api/v1/planning-catalogue")
                    .then().statusCode(200).extract().path("slug");
            return known.containsAll(idsBySlug.keySet());
        });
        List<JsonNode> all = new java.util.ArrayList<>();
        file.get("exercises").forEach(all::add);
        exercises = List.copyOf(all);
        return exercises;
    }

    static JsonNode bySlug(String slug) {
        return ensurePublished().stream().filter(e -> e.get("slug").asText().equals(slug)).findFirst().orElseThrow();
    }

    static String idOf(String slug) {
        return bySlug(slug).get("id").asText();
    }

    private static void link(ObjectNode event, String slugField, String idField, Map<String, String> idsBySlug) {
        JsonNode slug = event.remove(slugField);
        if (slug == null || slug.isNull()) {
            event.putNull(idField);
        } else {
            event.put(idField, idsBySlug.get(slug.asText()));
        }
    }

    private static JsonNode read() {
        Path relative = Path.of("catalog-service", "src", "main", "resources", "catalog", "global-catalogue.json");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                try {
                    return JSON.readTree(dir.resolve(relative).toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("The global catalogue file was not found above " + Path.of("").toAbsolutePath());
    }
}
