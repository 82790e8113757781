package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.upright.progress.WebhookReceiver.Received;
import dev.upright.testing.KafkaEvents;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Clinic webhooks end to end: events from Kafka (sessions, pain alerts, plans) reach a real HTTP receiver on
 * 127.0.0.1, signed, in order per client, exactly once each, and only the event's own clinic's endpoints.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class WebhooksIT {

    private static final List<String> ALL_KINDS = List.of("session-logged", "pain-alert", "plan-activated",
            "plan-adjusted");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private record Endpoint(String id, String secret) {
    }

    /** Endpoints this class subscribed: removed after each test, so later tests' events queue nothing for them. */
    @jakarta.inject.Inject
    dev.upright.progress.webhooks.service.WebhookDispatcher dispatcher;

    private static final List<String[]> SUBSCRIBED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void unsubscribe() {
        SUBSCRIBED.forEach(hook -> given().auth().oauth2(Tokens.of(hook[0])).when().delete("/api/v1/webhooks/" + hook[1]));
        SUBSCRIBED.clear();
    }

    @Test
    void shouldSendSignedDeliveriesOfEveryKindToTheClinicsOwnEndpointsOnly() throws Exception {
        try (var harbor = new WebhookReceiver(); var summit = new WebhookReceiver()) {
            Endpoint harborHook = subscribe("anna", harbor.url(), ALL_KINDS);
            Endpoint summitHook = subscribe("sam", summit.url(), ALL_KINDS);
            String summitClient = activateSummitPlan();

            UUID client = UUID.randomUUID();
            UUID plan = UUID.randomUUID();
            UUID session = UUID.randomUUID();
            PlanActivations.activate(client.toString(), plan, client, 2, LocalDate.now(ZoneOffset.UTC).minusDays(3),
                    PlanActivations.session(session, 1, PlanActivations.exercise(PlanActivations.BAND_ROW, "Band row", 1, 10)));
            String sessionId = log(client, session, Instant.now().minusSeconds(600), 7, "sharp");
            PlanActivations.adjust("harbor", UUID.randomUUID().toString(), plan, client, Instant.now(),
                    PlanActivations.session(session, 1, PlanActivations.exercise(PlanActivations.BAND_ROW, "Band row", 1, 8)));

            await().atMost(WAIT).untilAsserted(() -> assertThat(harbor.of(client.toString())).extracting(Received::type)
                    .containsExactlyInAnyOrder("plan-activated", "session-logged", "pain-alert", "plan-adjusted"));
            await().atMost(WAIT).untilAsserted(() -> assertThat(summit.of(summitClient)).extracting(Received::type)
                    .containsExactly("plan-activated"));

            List<Received> received = harbor.of(client.toString());
            assertThat(received).allSatisfy(r -> {
                assertThat(r.signature()).isEqualTo(expectedSignature(harborHook.secret(), r));
                assertThat(Long.parseLong(r.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                        org.assertj.core.data.Offset.offset(120L));
                assertThat(Instant.parse(r.json().path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
            });
            assertThat(received).extracting(Received::id).doesNotHaveDuplicates();
            Received logged = received.stream().filter(r -> r.type().equals("session-logged")).findFirst().orElseThrow();
            assertThat(logged.json().path("data").path("sessionLogId").asText()).isEqualTo(sessionId);
            Received pain = received.stream().filter(r -> r.type().equals("pain-alert")).findFirst().orElseThrow();
            assertThat(pain.json().path("data").path("reason").asText()).isEqualTo("pain");
            assertThat(pain.json().path("data").path("detail").asText()).contains("7/10");
            // The alert is raised in the session's transaction and published first, on the same partition
            assertThat(received.indexOf(pain)).isLessThan(received.indexOf(logged));
            // Signed with this endpoint's secret, not any other
            assertThat(logged.signature()).isNotEqualTo(expectedSignature(summitHook.secret(), logged));

            assertThat(summit.all()).noneMatch(r -> r.body().contains(client.toString()));
            assertThat(harbor.all()).noneMatch(r -> r.body().contains(summitClient));

            given().auth().oauth2(Tokens.of("anna")).when().get("/api/v1/webhooks/" + harborHook.id() + "/deliveries")
                    .then().statusCode(200)
                    .body("findAll { it.clientId == '" + client + "' }.status", org.hamcrest.Matchers.everyItem(is("delivered")))
                    .body("findAll { it.clientId == '" + client + "' }.attempts", org.hamcrest.Matchers.everyItem(is(1)))
                    .body("findAll { it.clientId == '" + client + "' }.lastStatus", org.hamcrest.Matchers.everyItem(is(204)));
        }
    }

    @Test
    void shouldDeliverEveryEventMissedWhileTheReceiverWasDownExactlyOnceAndInOrderPerClient() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            receiver.answer(503);
            Endpoint hook = subscribe("anna", receiver.url(), List.of("session-logged"));
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            UUID firstSession = PlanActivations.activate(first, 4, LocalDate.now(ZoneOffset.UTC).minusDays(3));
            UUID secondSession = PlanActivations.activate(second, 4, LocalDate.now(ZoneOffset.UTC).minusDays(3));
            Map<UUID, List<String>> logged = Map.of(first, new ArrayList<>(), second, new ArrayList<>());
            for (int i = 0; i < 3; i++) {
                logged.get(first).add(log(first, firstSession, Instant.now().minusSeconds(3600 - i * 60L), 0, null));
                logged.get(second).add(log(second, secondSession, Instant.now().minusSeconds(3600 - i * 60L), 0, null));
            }

            // Down: the first session of each client is retried, with growing waits, and nothing after it is sent
            await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.of("anna"))
                    .queryParam("status", "pending").when().get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                    .then().statusCode(200)
                    .body("size()", is(6))
                    .body("findAll { it.attempts >= 3 }.size()", is(2))
                    .body("findAll { it.attempts >= 3 }.lastStatus", org.hamcrest.Matchers.everyItem(is(503)))
                    .body("findAll { it.attempts >= 3 }.lastError", org.hamcrest.Matchers.everyItem(containsString("503"))));
            assertThat(receiver.all()).extracting(r -> r.json().path("data").path("sessionLogId").asText())
                    .containsOnly(logged.get(first).get(0), logged.get(second).get(0));

            receiver.answer(200);
            await().atMost(WAIT).untilAsserted(() -> assertThat(receiver.all().stream().filter(Received::accepted))
                    .hasSize(6));
            for (UUID client : List.of(first, second)) {
                List<Received> seen = receiver.of(client.toString());
                List<Received> accepted = seen.stream().filter(Received::accepted).toList();
                assertThat(accepted).extracting(r -> r.json().path("data").path("sessionLogId").asText())
                        .as("accepted once each, in the order logged").containsExactlyElementsOf(logged.get(client));
                assertThat(accepted).extracting(Received::id).doesNotHaveDuplicates();
                assertThat(seen).as("no later session sent before an earlier one was accepted")
                        .extracting(r -> r.json().path("data").path("sessionLogId").asText())
                        .containsSubsequence(logged.get(client))
                        .isSortedAccordingTo((a, b) -> Integer.compare(logged.get(client).indexOf(a),
                                logged.get(client).indexOf(b)));
                assertThat(seen).allSatisfy(r -> assertThat(r.signature()).isEqualTo(expectedSignature(hook.secret(), r)));
                // The same webhook-id on every attempt of one event
                assertThat(seen.stream().map(Received::id).distinct()).hasSize(3);
            }
            // Give a straggler the time of a few polls to show itself: nothing more arrives
            Thread.sleep(1_000);
            assertThat(receiver.all().stream().filter(Received::accepted)).hasSize(6);
            given().auth().oauth2(Tokens.of("anna")).queryParam("status", "delivered")
                    .when().get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                    .then().statusCode(200).body("size()", is(6))
                    .body("lastStatus", org.hamcrest.Matchers.everyItem(is(200)));
        }
    }

    /** Extra dispatchers claiming side by side with the scheduled workers, as a second instance's would. */
    @Test
    void shouldSendAClientsBacklogOnceAndInOrderWhileManyDispatchersClaimAtOnce() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            receiver.answer(503);
            subscribe("anna", receiver.url(), List.of("session-logged"));
            UUID client = UUID.randomUUID();
            UUID session = PlanActivations.activate(client, 4, LocalDate.now(ZoneOffset.UTC).minusDays(3));
            List<String> logged = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                logged.add(log(client, session, Instant.now().minusSeconds(7200 - i * 60L), 0, null));
            }
            await().atMost(WAIT).until(() -> receiver.of(client.toString()).size() >= 2);

            receiver.answer(200);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
            try {
                var claimers = new ArrayList<java.util.concurrent.Future<?>>();
                for (int i = 0; i < 6; i++) {
                    claimers.add(pool.submit(() -> {
                        while (receiver.of(client.toString()).stream().filter(Received::accepted).count() < 8) {
                            dispatcher.sendNext();
                        }
                        return null;
                    }));
                }
                for (var claimer : claimers) {
                    claimer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            List<Received> accepted = receiver.of(client.toString()).stream().filter(Received::accepted).toList();
            assertThat(accepted).extracting(r -> r.json().path("data").path("sessionLogId").asText())
                    .containsExactlyElementsOf(logged);
            assertThat(receiver.of(client.toString()))
                    .extracting(r -> r.json().path("data").path("sessionLogId").asText())
                    .isSortedAccordingTo((a, b) -> Integer.compare(logged.indexOf(a), logged.indexOf(b)));
        }
    }

    @Test
    void shouldSendADeliveryAgainWhenRedeliveredAndSignWithARotatedSecret() throws Exception {
        try (var receiver = new WebhookReceiver()) {
            Endpoint hook = subscribe("anna", receiver.url(), List.of("session-logged"));
            UUID client = UUID.randomUUID();
            UUID session = PlanActivations.activate(client, 2, LocalDate.now(ZoneOffset.UTC).minusDays(3));
            log(client, session, Instant.now().minusSeconds(300), 0, null);
            await().atMost(WAIT).until(() -> receiver.of(client.toString()).size() == 1);

            String rotated = given().auth().oauth2(Tokens.of("anna")).when()
                    .post("/api/v1/webhooks/" + hook.id() + "/rotate-secret")
                    .then().statusCode(200).body("secret", startsWith("whsec_")).extract().path("secret");
            assertThat(rotated).isNotEqualTo(hook.secret());
            String delivery = given().auth().oauth2(Tokens.of("anna")).when()
                    .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                    .then().statusCode(200).extract().path("find { it.clientId == '" + client + "' }.id");
            given().auth().oauth2(Tokens.of("anna")).when()
                    .post("/api/v1/webhooks/" + hook.id() + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(202).body("status", is("pending"));

            await().atMost(WAIT).until(() -> receiver.of(client.toString()).size() == 2);
            List<Received> both = receiver.of(client.toString());
            assertThat(both.get(1).id()).isEqualTo(both.get(0).id());
            assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
            assertThat(both.get(0).signature()).isEqualTo(expectedSignature(hook.secret(), both.get(0)));
            assertThat(both.get(1).signature()).isEqualTo(expectedSignature(rotated, both.get(1)));
            await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.of("anna")).when()
                    .get("/api/v1/webhooks/" + hook.id() + "/deliveries")
                    .then().body("find { it.id == '" + delivery + "' }.attempts", is(2))
                    .body("find { it.id == '" + delivery + "' }.status", is("delivered")));
        }
    }

    @Test
    void shouldKeepEachClinicsEndpointsToItselfAndToItsClinicAdmins() {
        Endpoint harbor = subscribe("anna", "https://example.org/harbor-hooks", List.of("plan-activated"));
        String path = "/api/v1/webhooks/" + harbor.id();
        String delivery = "/deliveries/" + UUID.randomUUID() + "/redeliver";

        given().auth().oauth2(Tokens.of("anna")).when().get(path).then().statusCode(200)
                .body("url", is("https://example.org/harbor-hooks")).body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        given().auth().oauth2(Tokens.of("anna")).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("id", hasItem(harbor.id()));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/webhooks").then().statusCode(200)
                .body("id", not(hasItem(harbor.id())));
        for (var call : List.<Runnable>of(
                () -> given().auth().oauth2(Tokens.of("sam")).when().get(path).then().statusCode(404)
                        .contentType("application/problem+json"),
                () -> given().auth().oauth2(Tokens.of("sam")).when().get(path + "/deliveries").then().statusCode(404),
                () -> given().auth().oauth2(Tokens.of("sam")).when().post(path + "/rotate-secret").then().statusCode(404),
                () -> given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON).body(Map.of("enabled", false))
                        .when().patch(path).then().statusCode(404),
                () -> given().auth().oauth2(Tokens.of("sam")).when().delete(path).then().statusCode(404),
                () -> given().auth().oauth2(Tokens.of("anna")).when().post(path + delivery).then().statusCode(404))) {
            call.run();
        }
        for (String other : List.of("theo", "clara")) {
            given().auth().oauth2(Tokens.of(other)).when().get("/api/v1/webhooks").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(Tokens.of(other)).when().get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.of(other)).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://example.org/x", "kinds", List.of("pain-alert")))
                    .when().post("/api/v1/webhooks").then().statusCode(403);
        }

        given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON)
                .body(Map.of("kinds", List.of("pain-alert"), "enabled", false)).when().patch(path)
                .then().statusCode(200).body("kinds", org.hamcrest.Matchers.contains("pain-alert")).body("enabled", is(false));
        given().auth().oauth2(Tokens.of("anna")).when().delete(path).then().statusCode(204);
        given().auth().oauth2(Tokens.of("anna")).when().get(path).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnUnknownKindOrANonHttpUrlAsAProblem() {
        given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/x", "kinds", List.of("pain-alert", "everything")))
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("everything"));
        given().auth().oauth2(Tokens.of("anna")).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/x", "kinds", List.of("pain-alert")))
                .when().post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("https://"));
    }

    static Endpoint subscribe(String admin, String url, List<String> kinds) {
        var created = given().auth().oauth2(Tokens.of(admin)).contentType(ContentType.JSON)
                .body(Map.of("url", url, "kinds", kinds)).when().post("/api/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract();
        assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + created.path("id"));
        SUBSCRIBED.add(new String[] { admin, created.path("id") });
        return new Endpoint(created.path("id"), created.path("secret"));
    }

    /** The Standard Webhooks signature, computed here apart from the service's own code. */
    static String expectedSignature(String secret, Received received) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String signed = received.id() + "." + received.timestamp() + "." + received.body();
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Theo logs a band row (1x10) for a Harbor client; returns the session's id. */
    static String log(UUID client, UUID plannedSession, Instant at, int pain, String painKind) {
        Map<String, Object> painReport = painKind == null ? Map.of("score", pain) : Map.of("score", pain, "kind", painKind);
        return given().auth().oauth2(Tokens.of("theo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", client.toString(), "plannedSessionId", plannedSession.toString(),
                        "performedAt", at.toString(),
                        "exercises", List.of(Map.of("exerciseId", PlanActivations.BAND_ROW.toString(),
                                "pain", painReport, "sets", List.of(Map.of("reps", 10))))))
                .when().post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }

    /** A Summit plan, as plan-service would announce it; returns its client's id. */
    private static String activateSummitPlan() {
        String client = UUID.randomUUID().toString();
        String json = """
                {"planId":"%s","clientId":"%s","clientUserId":null,"therapistUserId":null,
                 "activatedAt":"%s","weeks":4,"sessionsPerWeek":2,"sessions":[]}
                """.formatted(UUID.randomUUID(), client, Instant.now());
        KafkaEvents.publishCloudEvent(TestServers.get().kafkaBootstrapServers(), "plans.lifecycle", client,
                UUID.randomUUID().toString(), "plans.plan-activated.v1", "summit", json);
        return client;
    }
}
