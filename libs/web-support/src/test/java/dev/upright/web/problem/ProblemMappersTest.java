package dev.upright.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every failure reaches the caller as RFC 9457 problem+json it can switch on by type. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void shouldAnswerAProblemWithItsStatusTypeTitleAndDetail() {
        given().when().get("/failures/not-found")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", is("urn:upright:problem:not-found"))
                .body("title", is("Not found"))
                .body("status", is(404))
                .body("detail", is("Exercise e-1 does not exist."))
                .body("instance", is("/failures/not-found"));
    }

    @Test
    void shouldNameEachBadField() {
        given().when().get("/failures/invalid-fields")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", is("urn:upright:problem:invalid-input"))
                .body("detail", is("2 fields are invalid: name, sets"))
                .body("errors.field", contains("name", "sets"))
                .body("errors.message", contains("must not be blank", "must be at least 1"));
    }

    @Test
    void shouldNameAFieldOfTheWrongTypeLikeAnyOtherBadField() {
        given().contentType(ContentType.JSON).body("{\"sets\":2,\"reps\":\"many\"}")
                .when().post("/failures/dose")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", is("urn:upright:problem:invalid-input"))
                .body("errors.field", contains("reps"));
    }

    @Test
    void shouldAnswer400ForABodyThatIsNotJson() {
        // The type is not pinned: Quarkus's JSON reader refuses such a body itself as a plain 400 (bad-request)
        given().contentType(ContentType.JSON).body("{not json}")
                .when().post("/failures/dose")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", is(400));
    }

    @Test
    void shouldAskAnUnauthenticatedCallerForABearerToken() {
        given().when().get("/failures/unauthenticated")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("type", is("urn:upright:problem:unauthenticated"));
    }

    @Test
    void shouldAnswer403WhenTheRoleDoesNotAllowTheAction() {
        given().when().get("/failures/forbidden")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", is("urn:upright:problem:forbidden"))
                .body("detail", is("Your role does not allow this action."));
    }

    @Test
    void shouldSendTheHeadersAProblemNeeds() {
        given().when().get("/failures/too-many")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", "7")
                .body("type", is("urn:upright:problem:rate-limited"));
    }

    @Test
    void shouldAnswerAnUnknownPathWithA404Problem() {
        given().when().get("/no-such-thing")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", is("No resource at /no-such-thing."));
    }

    @Test
    void shouldKeepTheCauseOfAnUnexpectedFailureToItselfButGiveTheCorrelationId() {
        given().header("X-Correlation-Id", "report-me-1").when().get("/failures/crash")
                .then().statusCode(500).contentType(Problem.MEDIA_TYPE)
                .body("type", is("urn:upright:problem:internal-error"))
                .body("detail", not(containsString("secret")))
                .body("correlationId", equalTo("report-me-1"))
                .header("X-Correlation-Id", notNullValue());
    }
}
