package dev.upright.catalog;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls of the catalogue API as the demo users make them, shared by the catalogue's tests. */
final class CatalogApi {

    private CatalogApi() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }

    /** A valid clinic exercise body; tests change what they need. */
    static Map<String, Object> exercise(String name) {
        var body = new HashMap<String, Object>();
        body.put("name", name);
        body.put("category", "strength");
        body.put("movement", "row");
        body.put("difficulty", "beginner");
        body.put("primaryMuscles", List.of("rhomboids"));
        body.put("secondaryMuscles", List.of("biceps"));
        body.put("equipment", List.of("resistance-band"));
        body.put("instructions", List.of("Loop the towel round a post.", "Pull both ends to your ribs."));
        body.put("cues", List.of("Squeeze your shoulder blades."));
        body.put("cautions", List.of("Stop if your shoulder pinches."));
        body.put("dose", Map.of("sets", 2, "reps", 12));
        return body;
    }

    static ValidatableResponse post(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body).when().post("/api/v1/exercises").then();
    }

    static String create(String user, Map<String, Object> body) {
        return post(user, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse put(String user, String id, String etag, Map<String, Object> body) {
        var request = as(user).contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().put("/api/v1/exercises/" + id).then();
    }

    static ValidatableResponse get(String user, String id) {
        return as(user).when().get("/api/v1/exercises/" + id).then();
    }

    static JsonPath search(String user, Map<String, ?> params) {
        return as(user).queryParams(params).when().get("/api/v1/exercises")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every global exercise, by slug order of the API. */
    static JsonPath everything(String user) {
        return search(user, Map.of("size", 100));
    }

    static String idOf(String slug) {
        return everything("theo").getString("items.find { it.slug == '" + slug + "' }.id");
    }

    static KafkaEvents.Event awaitEvent(String exerciseId, String change, long version) {
        return KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "catalog.exercises",
                record -> exerciseId.equals(record.key()) && record.value().contains("\"change\":\"" + change + "\"")
                        && record.value().contains("\"version\":" + version + ","),
                Duration.ofSeconds(30));
    }
}
