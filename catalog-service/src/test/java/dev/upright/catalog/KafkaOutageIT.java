package dev.upright.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

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
class KafkaOutageIT {

    @Test
    void shouldAcceptChangesWhileKafkaIsDownAndPublishThemOnceItIsBack() {
        String token = Tokens.of("theo");
        var created = new AtomicReference<String>();

        TestServers.get().whileKafkaIsDown(() -> {
            created.set(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("name", "Outage band row", "category", "strength", "movement", "row",
                            "difficulty", "beginner", "equipment", List.of("resistance-band")))
                    .when().post("/api/v1/exercises")
                    .then().statusCode(201)
                    .extract().path("id"));
            given().auth().oauth2(token).when().get("/api/v1/exercises/" + created.get())
                    .then().statusCode(200).body("name", is("Outage band row"));
        });

        var event = KafkaEvents.await(TestServers.get().kafkaBootstrapServers(), "catalog.exercises",
                record -> created.get().equals(record.key()), Duration.ofSeconds(90));
        assertThat(event.header("ce_type")).isEqualTo("catalog.exercise-changed.v1");
        assertThat(event.value()).contains("Outage band row");
    }
}
