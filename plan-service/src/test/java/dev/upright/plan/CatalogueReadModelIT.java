package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class CatalogueReadModelIT {

    @Test
    void shouldOfferAClinicsNewExerciseToThatClinicOnly() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), id, "harbor", 0, "Harbor towel row");

        awaitName(id, "theo", "Harbor towel row");
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/planning-catalogue")
                .then().statusCode(200).body("id", not(hasItem(id.toString())));
    }

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() {
        UUID exercise = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish(eventId, exercise, "harbor", 0, "First name");
        awaitName(exercise, "theo", "First name");

        // Same event id again (a redelivery) carrying different data, then a later event to know both were read
        publish(eventId, exercise, "harbor", 5, "Should be ignored");
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID(), marker, "harbor", 0, "Marker");
        awaitName(marker, "theo", "Marker");

        awaitName(exercise, "theo", "First name");
    }

    @Test
    void shouldKeepTheNewestSnapshotWhenAnOlderOneArrivesLate() {
        UUID exercise = UUID.randomUUID();
        publish(UUID.randomUUID(), exercise, null, 3, "Version three");
        awaitName(exercise, "sam", "Version three");

        publish(UUID.randomUUID(), exercise, null, 2, "Version two");
        UUID marker = UUID.randomUUID();
        publish(UUID.randomUUID(), marker, null, 0, "Marker global");
        awaitName(marker, "sam", "Marker global");

        awaitName(exercise, "sam", "Version three");
    }

    @Test
    void shouldKeepMusclesDoseAndProgressionLinksOfAFullSnapshot() {
        UUID exercise = UUID.randomUUID();
        UUID harder = UUID.randomUUID();
        String json = """
                {"exerciseId":"%s","tenantId":null,"change":"CREATED","version":0,"slug":"s-%s","name":"Full snapshot",
                 "category":"stretch","movement":"static-stretch","difficulty":"beginner","equipment":["doorway"],
                 "retired":false,"changedAt":"2026-11-21T10:00:00Z","primaryMuscles":["pectorals"],
                 "secondaryMuscles":["rear-deltoids"],"instructions":["Stand in a doorway."],"cues":["Breathe."],
                 "cautions":[],"dose":{"sets":1,"reps":null,"seconds":null,"holdSeconds":20,"repetitions":3,
                 "minutes":null},"easierId":null,"harderId":"%s","setups":[{"equipment":["doorway"],"note":null},
                 {"equipment":["wall"],"note":"A forearm against a wall corner"}],"someFutureField":42}""".formatted(exercise, exercise, harder);
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "catalog.exercises",
                exercise.toString(), UUID.randomUUID().toString(), "catalog.exercise-changed.v1", null, json);
        awaitName(exercise, "theo", "Full snapshot");

        JsonPath body = given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/planning-catalogue")
                .then().statusCode(200).extract().jsonPath();
        String found = "find { it.id == '" + exercise + "' }";
        org.assertj.core.api.Assertions.assertThat(body.getList(found + ".primaryMuscles")).containsExactly("pectorals");
        org.assertj.core.api.Assertions.assertThat(body.getInt(found + ".dose.holdSeconds")).isEqualTo(20);
        org.assertj.core.api.Assertions.assertThat(body.getInt(found + ".dose.repetitions")).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(body.getString(found + ".harderId")).isEqualTo(harder.toString());
        org.assertj.core.api.Assertions.assertThat(body.getList(found + ".setups.equipment")).containsExactly(List.of("doorway"), List.of("wall"));
        org.assertj.core.api.Assertions.assertThat(body.getString(found + ".setups[1].note")).isEqualTo("A forearm against a wall corner");
    }

    @Test
    void shouldReadASnapshotFromBeforeSetupsAsOneSetupOfItsEquipment() {
        UUID id = UUID.randomUUID();
        publish(UUID.randomUUID(), id, "summit", 0, "Old snapshot");

        awaitName(id, "sam", "Old snapshot");
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/planning-catalogue")
                .then().statusCode(200).body("find { it.id == '" + id + "' }.setups.equipment", contains(List.of("none")));
    }

    static void awaitName(UUID exercise, String user, String expectedName) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonPath body = given().auth().oauth2(Tokens.of(user)).when().get("/api/v1/planning-catalogue")
                    .then().statusCode(200).extract().jsonPath();
            org.assertj.core.api.Assertions.assertThat(body.getString("find { it.id == '" + exercise + "' }.name"))
                    .isEqualTo(expectedName);
        });
    }

    static RecordMetadata publish(UUID eventId, UUID exercise, String tenant, long version, String name) {
        return KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "catalog.exercises",
                exercise.toString(), eventId.toString(), "catalog.exercise-changed.v1", tenant,
                snapshot(exercise, tenant, version, name));
    }

    /** An exercise-changed payload as catalog-service writes it, with the fields these tests look at. */
    static String snapshot(UUID exercise, String tenant, long version, String name) {
        return """
                {"exerciseId":"%s","tenantId":%s,"change":"UPDATED","version":%d,"slug":"s-%s","name":"%s",
                 "category":"strength","movement":"row","difficulty":"beginner","equipment":["none"],
                 "retired":false,"changedAt":"2026-11-21T10:00:00Z"}""".formatted(exercise,
                tenant == null ? "null" : "\"" + tenant + "\"", version, exercise, name);
    }
}
