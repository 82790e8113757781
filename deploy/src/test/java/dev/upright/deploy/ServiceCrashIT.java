package dev.upright.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import dev.upright.deploy.api.Api;
import dev.upright.deploy.api.PlannedSession;
import dev.upright.deploy.api.SessionBody;
import dev.upright.testing.Tokens;

/**
 * Proves that killing plan-service and progress-service with SIGKILL in the middle of a steady load of logged
 * sessions loses nothing and doubles nothing, on the whole platform as {@code up.sh} runs it:
 * <ul>
 * <li>every session progress-service acknowledged with 201 is stored (a write is acknowledged only after it
 * committed, so a crash cannot take it back), and the writes that failed during the outage, retried by the clients
 * with the same Idempotency-Key, are stored once each, not once per attempt;</li>
 * <li>both services' outboxes drain after the restart: no event stays unpublished;</li>
 * <li>every stored session's {@code progress.session-logged.v1} event is on {@code progress.sessions}, under one
 * event id (a relay killed between Kafka's acknowledgement and stamping the row sends it again, with that id);</li>
 * <li>plan-service applied each of those events exactly once: one {@code processed_event} row per event for its
 * consumer {@code plan-service.progression}, and one {@code exercise_result} row per logged session and exercise.</li>
 * </ul>
 * Runs on the shared platform before PlatformIT stops it; leaves both services running and healthy.
 */
@Order(3)
@ExtendWith(SharedPlatform.class)
class ServiceCrashIT {

    /** One writer per staff login: two clinics, three logins, four clients logging concurrently. */
    private static final List<String> WRITERS = List.of("theo", "tessa", "sam", "theo");
    private static final String CONSUMER = "plan-service.progression";
    private static final Duration BOUND = Duration.ofMinutes(4);

    private record Ack(UUID sessionId, boolean replayed) {
    }

    @Test
    void shouldLoseNoAcknowledgedSessionAndApplyNoneTwiceWhenServicesAreKilledMidLoad(LocalStack stack) throws Exception {
        StackSettings settings = stack.settings();
        String gateway = settings.gatewayUrl();
        var api = new Api(settings.keycloakUrl());
        String run = UUID.randomUUID().toString().substring(0, 8);

        awaitPlanningCatalogue(api, gateway);
        List<Writer> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS.size(); i++) {
            writers.add(new Writer(api, gateway, WRITERS.get(i), run + "-" + i, i));
        }

        // The load: each writer logs session after session, retrying a failed one under its key until acknowledged
        var stop = new AtomicBoolean();
        var done = new CountDownLatch(writers.size());
        for (Writer writer : writers) {
            Thread.ofPlatform().name("writer-" + writer.name).start(() -> {
                try {
                    writer.run(stop);
                } finally {
                    done.countDown();
                }
            });
        }
        await().atMost(BOUND).until(() -> acknowledged(writers) >= 5 * writers.size());

        // Mid-load: both services die at once, every instance, without shutdown hooks, while the writers keep sending
        List<String> progress = stack.instancesOf("progress-service");
        List<String> plan = stack.instancesOf("plan-service");
        progress.forEach(stack::kill);
        int beforeKill = acknowledged(writers);
        plan.forEach(stack::kill);
        Thread.sleep(3000);
        progress.forEach(stack::restart);
        plan.forEach(stack::restart);
        int afterRestart = acknowledged(writers);
        await().atMost(BOUND).until(() -> acknowledged(writers) >= afterRestart + 5 * writers.size());
        stop.set(true);
        assertThat(done.await(BOUND.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).as("writers finished").isTrue();
        writers.forEach(w -> assertThat(w.failure).as("writer %s", w.name).isNull());

        Set<UUID> clients = new HashSet<>();
        Set<UUID> acked = new HashSet<>();
        int replayed = 0;
        int retried = 0;
        int replanned = 0;
        for (Writer w : writers) {
            clients.add(w.clientId);
            w.acks.forEach(a -> acked.add(a.sessionId()));
            replayed += (int) w.acks.stream().filter(Ack::replayed).count();
            retried += w.retries.get();
            replanned += w.replanned.get();
        }
        int acknowledged = acknowledged(writers);
        assertThat(acked).as("one session id per acknowledged write").hasSize(acknowledged);

        var data = new PlatformData(settings);
        String progressDb = "progress";
        String planDb = "plan";

        // No acknowledged write lost, and no retried write stored twice
        Set<UUID> stored = data.uuids(progressDb, "select id from session_log where client_id = any(?)", clients);
        assertThat(stored).as("sessions stored for the writers' clients").containsAll(acked).hasSameSizeAs(acked);

        // Both outboxes drain
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> data.unpublished(progressDb) == 0);
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> data.unpublished(planDb) == 0);

        // Every stored session's event is on the topic, under a single event id however often it was sent
        var topic = new SessionsTopic();
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> {
            topic.read(data, clients);
            return topic.eventsBySession.keySet().containsAll(stored);
        });
        assertThat(topic.eventsBySession.keySet()).as("sessions with an event on progress.sessions").isEqualTo(stored);
        assertThat(topic.eventsBySession).allSatisfy((session, events) ->
                assertThat(events).as("event ids of session %s", session).hasSize(1));
        Set<String> eventIds = topic.eventIds();

        // plan-service applied each event once: one inbox row per event, one result per session and exercise
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> data.count(planDb,
                "select count(*) from processed_event where consumer = '" + CONSUMER + "' and event_id = any(?)",
                eventIds) == eventIds.size());
        long applied = data.count(planDb, "select count(*) from processed_event where consumer = '" + CONSUMER
                + "' and event_id = any(?)", eventIds);
        long resultRows = data.count(planDb, "select count(*) from exercise_result where session_log_id = any(?)", stored);
        long sessionsWithResults = data.count(planDb,
                "select count(distinct session_log_id) from exercise_result where session_log_id = any(?)", stored);
        long exercisesLogged = data.count(progressDb,
                "select count(*) from (select distinct session_log_id, exercise_id from exercise_log"
                        + " where session_log_id = any(?)) logged", stored);

        System.out.printf("Service crash: %d writes acknowledged (%d before the kill,"
                + " %d answered as replays of a write committed before its answer was lost), %d failed attempts retried"
                + " under their key, %d bodies written again for a changed plan; %d sessions stored; %d events on progress.sessions in %d records (%d sent again);"
                + " %d applied by %s, %d exercise results for %d logged exercises in %d sessions%n",
                acknowledged, beforeKill, replayed, retried, replanned, stored.size(), eventIds.size(),
                topic.records, topic.records - eventIds.size(), applied, CONSUMER, resultRows, exercisesLogged,
                sessionsWithResults);
        assertThat(applied).as("events applied by " + CONSUMER).isEqualTo(stored.size());
        assertThat(sessionsWithResults).as("sessions with exercise results in plan-service").isEqualTo(stored.size());
        assertThat(resultRows).as("exercise results, one per logged session and exercise").isEqualTo(exercisesLogged);
    }

    /** One client of one clinic, and the staff login that logs its sessions as the clinic's app would. */
    private static final class Writer {

        final Api api;
        final String gateway;
        final String staff;
        final String name;
        final UUID clientId;
        final String planId;
        final List<Ack> acks = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicInteger replanned = new AtomicInteger();
        volatile Throwable failure;
        List<PlannedSession> sessions;

        Writer(Api api, String gateway, String staff, String name, int seed) {
            this.api = api;
            this.gateway = gateway;
            this.staff = staff;
            this.name = name;
            var client = ClientWithPlan.create(api, gateway, staff, "crash " + name, 1000L + seed, BOUND);
            this.clientId = client.clientId();
            this.planId = client.planId();
            this.sessions = client.sessions();
        }

        String token() {
            return api.cachedLogin(staff, Tokens.DEMO_PASSWORD);
        }

        void run(AtomicBoolean stop) {
            try {
                for (int n = 0; !stop.get(); n++) {
                    logOne(n);
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        /** Sends one session until it is acknowledged, every attempt under the same Idempotency-Key. */
        private void logOne(int n) throws InterruptedException {
            String key = "crash-" + name + "-" + n;
            String body = body(n);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> answer = send(body, key);
                int status = answer == null ? -1 : answer.statusCode();
                if (status == 201) {
                    JsonNode json = readTree(answer.body());
                    boolean replayed = answer.headers().firstValue("Idempotent-Replayed").isPresent();
                    acks.add(new Ack(UUID.fromString(json.get("id").asText()), replayed));
                    return;
                }
                if (status == 400 || status == 422) {
                    // The plan moved on (progression stepped an exercise up or swapped it) since the body was written:
                    // nothing was stored under this key, so log what the plan holds now, under a new key
                    sessions = PlannedSession.of(Api.expect(api.get(gateway + "/api/v1/plans/" + planId, token()),
                            "The plan of " + name, 200).body());
                    replanned.incrementAndGet();
                    key = key + "r";
                    body = body(n);
                    continue;
                }
                // Connection refused, the gateway's 502/503/504 while progress-service is down: the same write again
                retries.incrementAndGet();
                Thread.sleep(200);
            }
            throw new IllegalStateException("Session " + key + " of " + name + " not acknowledged within " + BOUND);
        }

        private String body(int n) {
            PlannedSession session = sessions.get(n % sessions.size());
            List<SessionBody.Entry> entries = session.exercises().stream()
                    .map(e -> SessionBody.Entry.asPrescribed(e, 8)).toList();
            return SessionBody.of(clientId.toString(), session.id(), Instant.now().truncatedTo(ChronoUnit.MILLIS)
                    .minusSeconds(1), entries);
        }

        private HttpResponse<String> send(String body, String key) throws InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/sessions"))
                    .header("Authorization", "Bearer " + token()).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                return api.http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                return null;
            }
        }

        private JsonNode readTree(String text) {
            try {
                return api.json.readTree(text);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static int acknowledged(List<Writer> writers) {
        return writers.stream().mapToInt(w -> w.acks.size()).sum();
    }

    /** Until every staff login of the test sees the seeded exercises its plans are generated from. */
    static void awaitPlanningCatalogue(Api api, String gateway) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (String staff : Set.copyOf(WRITERS)) {
                var answer = api.get(gateway + "/api/v1/planning-catalogue", api.cachedLogin(staff, Tokens.DEMO_PASSWORD));
                if (answer.status() != 200) return false;
                Set<String> slugs = new HashSet<>();
                answer.body().forEach(e -> slugs.add(e.path("slug").asText()));
                if (!slugs.containsAll(Set.of("band-row", "face-pull", "doorway-pec-stretch"))) return false;
            }
            return true;
        });
    }
}
