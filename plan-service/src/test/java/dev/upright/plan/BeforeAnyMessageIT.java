package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.upright.support.inbox.DeadLetter;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every consumer's dead-letter counters are on /q/metrics at 0 from startup, before any message, so that an alert on
 * their increase sees the first dead letter. Named to run first of the module's tests (Quarkus orders test classes by
 * name), while the topics are still empty: no message can have created a consumer yet.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class BeforeAnyMessageIT {

    @Test
    void shouldShowEveryConsumersDeadLettersAtZero() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        for (String consumer : List.of("plan-service.catalog", "plan-service.progression")) {
            for (DeadLetter.Reason reason : DeadLetter.Reason.values()) {
                assertThat(metrics).as("dead letters of %s for %s", consumer, reason.label).containsPattern(
                        "(?m)^upright_inbox_dead_letters_total\\{consumer=\"" + consumer.replace(".", "\\.")
                                + "\",reason=\"" + reason.label + "\"} 0\\.0$");
            }
        }
    }
}
