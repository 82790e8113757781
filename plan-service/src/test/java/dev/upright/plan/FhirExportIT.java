package dev.upright.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.plan.fhir.FhirValidation;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The FHIR export of a client with an active plan and logged sessions, fetched and validated as a whole. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class FhirExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void catalogueIsKnown() {
        GlobalCatalogue.ensurePublished();
    }

    @Test
    void shouldExportAValidBundleOfTheActivePlanAndItsLoggedSessions() {
        String client = createClient("theo", "Fiona Fhir");
        String plan = given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON).body(Map.of("seed", 11))
                .post("/api/v1/clients/" + client + "/plans").then().statusCode(201).extract().path("id");
        JsonPath active = given().auth().oauth2(Tokens.of("theo")).post("/api/v1/plans/" + plan + "/activate")
                .then().statusCode(200).body("status", is("active")).extract().jsonPath();
        Instant activated = Instant.parse(active.getString("activatedAt")).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        String session = active.getString("sessions[0].id");
        List<String> exercises = active.getList("sessions[0].exercises.exerciseId");
        logSession(client, plan, session, exercises.subList(0, 2), activated.plus(1, ChronoUnit.DAYS), 5, 1, "mild-tension");
        logSession(client, plan, session, exercises.subList(0, 1), activated.plus(3, ChronoUnit.DAYS), 6, 0, null);

        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(300))
                .until(() -> observations(fetch("theo", client)).size() == 3);
        String json = given().auth().oauth2(Tokens.of("theo")).accept("application/fhir+json")
                .get("/api/v1/clients/" + client + "/fhir")
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();

        FhirValidation.Outcome outcome = FhirValidation.validate(json);
        System.out.println("FHIR validation of the exported bundle: " + outcome.errors().size() + " errors, "
                + outcome.warnings().size() + " warnings");
        assertThat(outcome.errors()).isEmpty();

        Bundle bundle = FhirValidation.R4.newJsonParser().parseResource(Bundle.class, json);
        // Parsed back, HAPI names each entry's resource by its full URL; the JSON holds the plain id
        assertThat(json).contains("\"resourceType\":\"Patient\",\"id\":\"" + client + "\"");
        assertThat(bundle.getEntryFirstRep().getFullUrl()).isEqualTo("urn:uuid:" + client);
        List<CarePlan> plans = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(CarePlan.class::isInstance).map(CarePlan.class::cast).toList();
        assertThat(plans).singleElement().satisfies(p -> {
            assertThat(p.getIdElement().getValue()).isEqualTo("urn:uuid:" + plan);
            assertThat(p.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
            assertThat(p.getActivity()).hasSize(active.getList("sessions.exercises.flatten()").size()
                    + active.getList("postureBreaks").size());
        });
        assertThat(observations(bundle)).extracting(o -> o.getValueIntegerType().getValue()).containsExactly(1, 1, 0);
    }

    @Test
    void shouldAnswer404ForAnotherClinicsClientAndRefuseClients() {
        String client = createClient("theo", "Otto Other");

        given().auth().oauth2(Tokens.of("sam")).get("/api/v1/clients/" + client + "/fhir")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ofRole("client")).get("/api/v1/clients/" + client + "/fhir")
                .then().statusCode(403);
        given().get("/api/v1/clients/" + client + "/fhir").then().statusCode(401);
        given().auth().oauth2(Tokens.ofRole("integration")).get("/api/v1/clients/" + client + "/fhir")
                .then().statusCode(200).contentType("application/fhir+json");
        given().auth().oauth2(Tokens.ofRole("clinic-admin")).get("/api/v1/clients/" + UUID.randomUUID() + "/fhir")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldGiveAClientTheirOwnBundleWithoutDrafts() {
        // Sara is Summit's client account, linked by no other test of this module
        String client = createClient("sam", "Sara Self");
        given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON).body(Map.of("username", "sara"))
                .put("/api/v1/clients/" + client + "/account").then().statusCode(200);
        String active = given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON).body(Map.of("seed", 3))
                .post("/api/v1/clients/" + client + "/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("sam")).post("/api/v1/plans/" + active + "/activate").then().statusCode(200);
        given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON).body(Map.of("seed", 4))
                .post("/api/v1/clients/" + client + "/plans").then().statusCode(201);

        String own = given().auth().oauth2(Tokens.of("sara")).get("/api/v1/me/fhir")
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();
        String staff = given().auth().oauth2(Tokens.of("sam")).get("/api/v1/clients/" + client + "/fhir")
                .then().statusCode(200).extract().asString();

        assertThat(FhirValidation.validate(own).errors()).isEmpty();
        assertThat(carePlans(own)).extracting(p -> p.getIdElement().getValue()).containsExactly("urn:uuid:" + active);
        assertThat(carePlans(staff)).extracting(CarePlan::getStatus)
                .containsExactlyInAnyOrder(CarePlan.CarePlanStatus.ACTIVE, CarePlan.CarePlanStatus.DRAFT);
        given().auth().oauth2(Tokens.of("sam")).get("/api/v1/me/fhir").then().statusCode(403);
    }

    private static List<CarePlan> carePlans(String json) {
        return FhirValidation.R4.newJsonParser().parseResource(Bundle.class, json).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).filter(CarePlan.class::isInstance)
                .map(CarePlan.class::cast).toList();
    }

    private static String createClient(String therapist, String name) {
        return given().auth().oauth2(Tokens.of(therapist)).contentType(ContentType.JSON)
                .body(Map.of("displayName", name, "experienceLevel", "beginner",
                        "equipment", List.of("resistance-band", "dumbbells", "mat"), "goals", List.of("posture")))
                .post("/api/v1/clients").then().statusCode(201).extract().path("id");
    }

    private static Bundle fetch(String user, String client) {
        String json = given().auth().oauth2(Tokens.of(user)).get("/api/v1/clients/" + client + "/fhir")
                .then().statusCode(200).extract().asString();
        return FhirValidation.R4.newJsonParser().parseResource(Bundle.class, json);
    }

    private static List<Observation> observations(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
    }

    /** A session-logged event as progress-service publishes it, every exercise with the same effort and pain. */
    private static void logSession(String client, String plan, String session, List<String> exercises, Instant at,
                                   int rpe, int pain, String painKind) {
        ObjectNode event = JSON.createObjectNode();
        event.put("sessionLogId", UUID.randomUUID().toString());
        event.put("clientId", client);
        event.put("planId", plan);
        event.put("plannedSessionId", session);
        event.put("performedAt", at.toString());
        event.put("partial", false);
        var results = event.putArray("exercises");
        for (String exercise : exercises) {
            ObjectNode result = results.addObject();
            result.put("exerciseId", exercise);
            result.putArray("sets").addObject().put("reps", 10);
            result.put("rpe", rpe);
            result.put("painScore", pain);
            if (painKind == null) result.putNull("painKind"); else result.put("painKind", painKind);
            result.put("completedAsPrescribed", true);
        }
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "progress.sessions", client,
                UUID.randomUUID().toString(), "progress.session-logged.v1", "harbor", event.toString());
    }
}
