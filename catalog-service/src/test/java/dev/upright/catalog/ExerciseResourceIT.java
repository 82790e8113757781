package dev.upright.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ExerciseResourceIT {

    @Test
    void shouldShowTheGlobalCatalogueToEveryClinic() {
        for (String user : new String[] { "theo", "sam", "clara" }) {
            given().auth().oauth2(Tokens.of(user))
                    .when().get("/api/v1/exercises?size=100")
                    .then().statusCode(200)
                    .body("items.slug", hasItems("band-row", "face-pull", "doorway-pec-stretch"));
        }
    }

    @Test
    void shouldAnswer401ProblemWithoutToken() {
        given().when().get("/api/v1/exercises")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", is(401));
    }

    @Test
    void shouldAnswer404ForAnotherClinicsExercise() {
        String id = createExercise("theo", "Harbor towel row");

        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/exercises/" + id)
                .then().statusCode(200).body("name", is("Harbor towel row"));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/exercises/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/exercises?size=100")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void shouldForbidClientsFromCreatingExercises() {
        given().auth().oauth2(Tokens.of("clara")).contentType(ContentType.JSON)
                .body(Map.of("name", "Sneaky row", "category", "strength", "movement", "row", "difficulty", "beginner"))
                .when().post("/api/v1/exercises")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldNameEachMissingFieldOfAnInvalidExercise() {
        given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("category", "strength"))
                .when().post("/api/v1/exercises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "movement", "difficulty"));
    }

    @Test
    void shouldPublishCreatedExerciseAsCloudEventKeyedByIdWithTenant() {
        String id = createExercise("tessa", "Harbor wall slide");

        var event = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "catalog.exercises",
                record -> id.equals(record.key()), Duration.ofSeconds(30));
        assertThat(event.header("ce_type")).isEqualTo("catalog.exercise-changed.v1");
        assertThat(event.header("ce_tenantid")).isEqualTo("harbor");
        assertThat(event.value()).contains("\"name\":\"Harbor wall slide\"").contains("\"change\":\"CREATED\"");
    }

    private static String createExercise(String user, String name) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "category", "strength", "movement", "row", "difficulty", "beginner",
                        "equipment", java.util.List.of("none")))
                .when().post("/api/v1/exercises")
                .then().statusCode(201)
                .extract().path("id");
    }
}
