package dev.upright.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A body over the limit (1 KB in these tests) answers 413 problem+json, with or without a Content-Length. */
@QuarkusTest
class BodyLimitTest {

    private static final String UNDER = "{\"sets\":2,\"reps\":\"many\"}";
    private static final String OVER = "{\"sets\":2,\"reps\":\"" + "x".repeat(1024) + "\"}";

    @Test
    void shouldAnswer413ProblemToADeclaredLengthOverTheLimit() throws Exception {
        var answer = post(HttpRequest.newBuilder().expectContinue(true), HttpRequest.BodyPublishers.ofString(OVER));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(answer.body()).contains("urn:upright:problem:request-entity-too-large", "correlationId");
    }

    @Test
    void shouldAnswer413ProblemToAStreamedBodyOverTheLimit() throws Exception {
        var answer = post(HttpRequest.newBuilder(), streamed(OVER));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(answer.body()).contains("urn:upright:problem:request-entity-too-large");
    }

    @Test
    void shouldHandAStreamedBodyUnderTheLimitOnWhole() throws Exception {
        // The resource reads it: the field of the wrong type is named
        var answer = post(HttpRequest.newBuilder(), streamed(UNDER));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"reps\"");
    }

    private static HttpRequest.BodyPublisher streamed(String body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> post(HttpRequest.Builder request, HttpRequest.BodyPublisher body) throws Exception {
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.uri(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/failures/dose"))
                    .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
