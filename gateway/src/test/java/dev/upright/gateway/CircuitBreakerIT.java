package dev.upright.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * progress-service (a stub) is stopped: the gateway answers 503 at once, stops calling it after
 * {@value UpstreamStubResource#BREAKER_THRESHOLD} failures, and calls it again once it is back and the
 * breaker's open time ({@value UpstreamStubResource#BREAKER_OPEN_FOR}) has passed.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class CircuitBreakerIT {

    private static final String PROBLEM = "application/problem+json";
    private static final String PATH = "/api/v1/alerts/a1";

    @AfterEach
    void bringProgressBack() {
        if (!isUp()) {
            UpstreamStubResource.startProgress();
        }
    }

    private static boolean isUp() {
        try (var socket = new java.net.Socket("127.0.0.1", UpstreamStubResource.progress().port())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void shouldStopCallingAStoppedServiceThenCallItAgainOnceItIsBack() throws InterruptedException {
        String token = Tokens.of("tessa");
        UpstreamStubResource.progress().answer(PATH, Answer.of(200, "application/json", "{\"id\":\"a1\"}"));
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);

        UpstreamStubResource.stopProgress();
        for (int i = 0; i < UpstreamStubResource.BREAKER_THRESHOLD; i++) {
            long started = System.nanoTime();
            given().auth().oauth2(token).when().get(PATH)
                    .then().statusCode(503)
                    .contentType(PROBLEM)
                    .body("type", is("urn:upright:problem:service-unavailable"))
                    .body("detail", containsString("progress"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        }

        // The breaker is open: even with the service back, the gateway does not call it yet
        StubUpstream restarted = UpstreamStubResource.startProgress();
        restarted.answer(PATH, Answer.of(200, "application/json", "{\"id\":\"a1\"}"));
        long started = System.nanoTime();
        given().auth().oauth2(token).when().get(PATH)
                .then().statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[12]"))
                .body("detail", containsString("progress"))
                .body("detail", containsString("not called for now"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        assertThat(restarted.lastOn(PATH)).as("requests that reached the service").isNull();

        // After the open time one probe goes through; it succeeds, so the service is called as usual again
        Thread.sleep(Duration.parse("PT" + UpstreamStubResource.BREAKER_OPEN_FOR).toMillis() + 200);
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200).body("id", is("a1"));
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
        assertThat(restarted.lastOn(PATH)).isNotNull();
    }

    @Test
    void shouldNotCountErrorAnswersOfAServiceAsFailures() {
        String token = Tokens.of("tessa");
        String path = "/api/v1/alerts/broken";
        UpstreamStubResource.progress().answer(path, Answer.of(500, PROBLEM, "{\"status\":500}"));
        for (int i = 0; i < UpstreamStubResource.BREAKER_THRESHOLD + 2; i++) {
            given().auth().oauth2(token).when().get(path).then().statusCode(500);
        }
        UpstreamStubResource.progress().answer(PATH, Answer.of(200, "application/json", "{\"id\":\"a1\"}"));
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
    }
}
