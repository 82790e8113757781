package dev.upright.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CorrelationIdFilterTest {

    @Test
    void shouldEchoTheIdTheCallerSent() {
        String answered = given().header(CorrelationIdFilter.HEADER, "clinic-sync:42.a_b")
                .when().get("/failures/not-found")
                .then().extract().header(CorrelationIdFilter.HEADER);

        assertThat(answered).isEqualTo("clinic-sync:42.a_b");
    }

    @Test
    void shouldStartANewIdWhenTheCallerSentNone() {
        String answered = given().when().get("/failures/not-found").then().extract().header(CorrelationIdFilter.HEADER);

        assertThat(UUID.fromString(answered)).isNotNull();
    }

    @Test
    void shouldPutTheSameIdIntoTheProblemBody() {
        var answer = given().when().get("/failures/not-found").then().extract();

        assertThat(answer.path("correlationId").toString()).isEqualTo(answer.header(CorrelationIdFilter.HEADER));
    }

    @Test
    void shouldReplaceAnIdThatIsUnsafeForHeadersAndLogs() {
        assertThat(CorrelationIdFilter.idFor("evil id <script>")).isNotEqualTo("evil id <script>");
        assertThat(CorrelationIdFilter.idFor("x".repeat(101))).hasSize(36);
        assertThat(CorrelationIdFilter.idFor("")).hasSize(36);
        assertThat(CorrelationIdFilter.idFor("x".repeat(100))).isEqualTo("x".repeat(100));
    }
}
