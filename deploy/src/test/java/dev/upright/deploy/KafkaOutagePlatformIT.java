package dev.upright.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.upright.contracts.progress.SessionLogged;
import dev.upright.deploy.api.Api;
import dev.upright.deploy.api.PlannedSession;
import dev.upright.deploy.api.SessionBody;
import dev.upright.testing.Tokens;

/**
 * Kafka stopped for a minute on the whole platform while a clinic keeps working through the gateway: a therapist
 * adds a clinic exercise to catalog-service, plans are generated and activated in plan-service, and four clients'
 * sessions are logged in progress-service, a painful one sent twice under its Idempotency-Key as a phone that did
 * not see the answer would. Proves that no write depends on Kafka and that, once Kafka is back, every effect in
 * another service happens exactly once:
 * <ul>
 * <li>every write acknowledged is stored, and a repeated write is answered with the first one's session;</li>
 * <li>the three services' outboxes drain, and each write's event is on its topic under a single event id;</li>
 * <li>plan-service's catalogue read model ({@code plan-service.catalog}) holds the new exercise once;</li>
 * <li>progress-service's plan read model ({@code progress-service.plans}) holds each activated plan once;</li>
 * <li>plan-service's progression ({@code plan-service.progression}) applied each session event once: one inbox row
 * per event, one exercise result per logged session and exercise;</li>
 * <li>progress-service raised one pain alert per painful session, the repeated sends included.</li>
 * </ul>
 * Sessions are logged for clients whose plans were activated before the outage: progress-service accepts a session
 * only for a client its read model knows, and during the outage no new plan reaches it. Runs on the shared platform
 * before PlatformIT stops it, and leaves Kafka and the services running.
 */
@Order(3)
@ExtendWith(SharedPlatform.class)
class KafkaOutagePlatformIT {

    /** The staff login logging each client's sessions: two clinics, three logins, four clients. */
    private static final List<String> LOGGERS = List.of("theo", "tessa", "sam", "theo");
    /** The staff logins that generate and activate a plan for a new client while Kafka is down. */
    private static final List<String> PLANNERS = List.of("theo", "tessa", "sam");
    private static final int SESSIONS_PER_CLIENT = 125;
    /** Every fifth session reports sharp pain on its first exercise, which alerts the therapist. */
    private static final int PAINFUL_EVERY = 5;
    /** The outage; the writes are spread over all but its last ten seconds. */
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final Duration BOUND = Duration.ofMinutes(4);

    private record ClientPlan(String staff, UUID clientId, UUID planId, List<PlannedSession> sessions) {
    }

    private record LoggedSession(UUID id, int exercises, boolean painful) {
    }

    @Test
    void shouldApplyEveryEffectOnceInEveryServiceWhenKafkaComesBackAfterAnOutage(LocalStack stack) throws Exception {
        String gateway = stack.settings().gatewayUrl();
        var api = new Api(stack.settings().keycloakUrl());
        ServiceCrashIT.awaitPlanningCatalogue(api, gateway);
        String run = UUID.randomUUID().toString().substring(0, 8);

        List<ClientPlan> loggers = new ArrayList<>();
        for (int i = 0; i < LOGGERS.size(); i++) {
            ClientPlan client = clientWithActivePlan(api, gateway, LOGGERS.get(i), "outage " + run + " logger " + i, i);
            // Known to progress-service only once plans.lifecycle delivered the activation
            await().atMost(BOUND).pollInterval(Duration.ofMillis(250)).until(() -> api.get(gateway + "/api/v1/clients/"
                    + client.clientId() + "/adherence", token(api, client.staff())).status() == 200);
            loggers.add(client);
        }

        var exercise = new AtomicReference<UUID>();
        List<ClientPlan> planned = new ArrayList<>();
        Map<UUID, List<LoggedSession>> logged = new ConcurrentHashMap<>();
        var replays = new AtomicInteger();
        var unanswered = new AtomicInteger();
        Instant[] outage = new Instant[2];
        stack.whileKafkaIsDown(() -> {
            outage[0] = Instant.now();
            exercise.set(UUID.fromString(Api.expect(api.post(gateway + "/api/v1/exercises", token(api, "theo"),
                    Map.of("name", "Outage band row " + run, "category", "strength", "movement", "row",
                            "difficulty", "beginner", "equipment", List.of("resistance-band"))),
                    "Creating a clinic exercise while Kafka is down", 201).body().get("id").asText()));
            for (int i = 0; i < PLANNERS.size(); i++) {
                planned.add(clientWithActivePlan(api, gateway, PLANNERS.get(i), "outage " + run + " planned " + i,
                        100 + i));
            }
            // One phone per client, each spreading its sessions over the outage rather than sending them in a burst
            try (var phones = Executors.newFixedThreadPool(loggers.size())) {
                List<Future<?>> sent = new ArrayList<>();
                for (ClientPlan client : loggers) {
                    sent.add(phones.submit(() -> {
                        List<LoggedSession> mine = new ArrayList<>();
                        logged.put(client.clientId(), mine);
                        for (int n = 0; n < SESSIONS_PER_CLIENT; n++) {
                            waitFor(outage[0].plus(OUTAGE.minusSeconds(10).multipliedBy(n).dividedBy(SESSIONS_PER_CLIENT)));
                            mine.add(logSession(api, gateway, client, run, n, replays, unanswered));
                        }
                        return null;
                    }));
                }
                for (Future<?> phone : sent) {
                    phone.get();
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new AssertionError("A write failed while Kafka was down", e.getCause() == null ? e : e.getCause());
            }
            waitFor(outage[0].plus(OUTAGE));
            outage[1] = Instant.now();
        });

        var data = new PlatformData(stack.settings());
        Set<UUID> loggerClients = new HashSet<>();
        loggers.forEach(c -> loggerClients.add(c.clientId()));
        Set<UUID> acked = new HashSet<>();
        int exercisesSent = 0;
        int painful = 0;
        for (List<LoggedSession> sessions : logged.values()) {
            for (LoggedSession session : sessions) {
                acked.add(session.id());
                exercisesSent += session.exercises();
                painful += session.painful() ? 1 : 0;
            }
        }
        Set<UUID> plans = new HashSet<>();
        planned.forEach(c -> plans.add(c.planId()));
        assertThat(acked).as("one session id per acknowledged session").hasSize(LOGGERS.size() * SESSIONS_PER_CLIENT);

        // Every acknowledged write is stored
        long exercisesStored = data.count("catalog", "select count(*) from exercise where id = any(?)",
                Set.of(exercise.get()));
        long plansStored = data.count("plan", "select count(*) from plan where status = 'active' and id = any(?)", plans);
        Set<UUID> sessionsStored = data.uuids("progress", "select id from session_log where client_id = any(?)",
                loggerClients);
        assertThat(exercisesStored).as("the clinic exercise in catalog-service").isEqualTo(1);
        assertThat(plansStored).as("active plans in plan-service").isEqualTo(plans.size());
        assertThat(sessionsStored).as("sessions stored in progress-service").isEqualTo(acked);

        // Each outbox drains once Kafka is back
        for (String database : List.of("catalog", "plan", "progress")) {
            await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> data.unpublished(database) == 0);
        }

        // Each write's event is on its topic, under one event id however often the relay sent it
        String exerciseKey = exercise.get().toString();
        var exerciseEvents = awaitEvents(data, "catalog.exercises", exerciseKey::equals,
                r -> "catalog.exercise-changed.v1".equals(r.type()) ? r.value().path("exerciseId").asText() : null,
                Set.of(exerciseKey));
        Set<String> planKeys = new HashSet<>();
        planned.forEach(c -> planKeys.add(c.clientId().toString()));
        plans.forEach(p -> planKeys.add(p.toString()));
        Set<String> planIds = new HashSet<>();
        plans.forEach(p -> planIds.add(p.toString()));
        var planEvents = awaitEvents(data, "plans.lifecycle", planKeys::contains,
                r -> "plans.plan-activated.v1".equals(r.type()) ? r.value().path("planId").asText() : null, planIds);
        Set<String> loggerKeys = new HashSet<>();
        loggerClients.forEach(c -> loggerKeys.add(c.toString()));
        Set<String> sessionIds = new HashSet<>();
        acked.forEach(s -> sessionIds.add(s.toString()));
        var sessionEvents = awaitEvents(data, "progress.sessions", loggerKeys::contains,
                r -> SessionLogged.TYPE.equals(r.type()) ? r.value().path("sessionLogId").asText() : null, sessionIds);

        // Each service applied each event once
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() ->
                processed(data, "plan", "plan-service.catalog", exerciseEvents.ids()) == 1
                        && processed(data, "progress", "progress-service.plans", planEvents.ids()) == plans.size()
                        && processed(data, "plan", "plan-service.progression", sessionEvents.ids()) == acked.size());
        long catalogueRows = data.count("plan", "select count(*) from catalog_exercise where exercise_id = any(?)",
                Set.of(exercise.get()));
        long planRows = data.count("progress", "select count(*) from client_plan where plan_id = any(?)", plans);
        long progressionApplied = processed(data, "plan", "plan-service.progression", sessionEvents.ids());
        long resultRows = data.count("plan", "select count(*) from exercise_result where session_log_id = any(?)", acked);
        long sessionsWithResults = data.count("plan",
                "select count(distinct session_log_id) from exercise_result where session_log_id = any(?)", acked);
        long exercisesLogged = data.count("progress", "select count(*) from (select distinct session_log_id, exercise_id"
                + " from exercise_log where session_log_id = any(?)) logged", acked);
        long painAlerts = data.count("progress", "select count(*) from alert where reason = 'pain' and client_id = any(?)",
                loggerClients);

        System.out.printf("Kafka outage on the platform: writes for %.1f s while Kafka was down."
                        + " Acknowledged: 1 clinic exercise, %d plans activated, %d sessions (%d painful; %d sent twice"
                        + " under their key and answered with the first session; %d requests sent again after no"
                        + " answer). Stored: %d exercise, %d active plans, %d sessions. Events: %s; %s; %s."
                        + " Applied: plan-service.catalog %d (%d read-model row), progress-service.plans %d"
                        + " (%d read-model rows), plan-service.progression %d (%d exercise results for %d logged"
                        + " exercises in %d sessions; %d exercises sent). Pain alerts: %d for %d painful sessions%n",
                Duration.between(outage[0], outage[1]).toMillis() / 1000.0, plans.size(), acked.size(), painful,
                replays.get(), unanswered.get(), exercisesStored, plansStored, sessionsStored.size(), exerciseEvents,
                planEvents, sessionEvents, processed(data, "plan", "plan-service.catalog", exerciseEvents.ids()),
                catalogueRows, processed(data, "progress", "progress-service.plans", planEvents.ids()), planRows,
                progressionApplied, resultRows, exercisesLogged, sessionsWithResults, exercisesSent, painAlerts, painful);

        // One relay per service at a time, so even with two instances an event held up by the outage leaves once
        assertThat(List.of(exerciseEvents, planEvents, sessionEvents)).as("events sent again")
                .allSatisfy(events -> assertThat(events.records()).as("records on %s", events.topic())
                        .isEqualTo(events.ids().size()));
        assertThat(catalogueRows).as("the exercise in plan-service's catalogue read model").isEqualTo(1);
        assertThat(planRows).as("activated plans in progress-service's read model").isEqualTo(plans.size());
        assertThat(sessionsWithResults).as("sessions with exercise results in plan-service").isEqualTo(acked.size());
        assertThat(resultRows).as("exercise results, one per logged session and exercise").isEqualTo(exercisesLogged);
        assertThat(painAlerts).as("pain alerts, one per painful session").isEqualTo(painful);
    }

    /** The events found on a topic for the expected subjects: one event id each, and how many records carried them. */
    private record Events(String topic, Map<String, Set<String>> idsBySubject, int records) {

        Set<String> ids() {
            Set<String> ids = new HashSet<>();
            idsBySubject.values().forEach(ids::addAll);
            return ids;
        }

        @Override
        public String toString() {
            return "%d on %s in %d records (%d sent again)".formatted(ids().size(), topic, records, records - ids().size());
        }
    }

    /**
     * Waits until the topic holds an event for every expected subject, then requires a single event id per subject.
     *
     * @param subject what a record is about (the exercise, plan or session), or null for a record not counted
     */
    private static Events awaitEvents(PlatformData data, String topic, java.util.function.Predicate<String> keys,
            Function<PlatformData.TopicRecord, String> subject, Set<String> expected) {
        var found = new AtomicReference<Events>();
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Set<String>> ids = new HashMap<>();
            int records = 0;
            for (PlatformData.TopicRecord record : data.records(topic, keys)) {
                String about = subject.apply(record);
                if (about == null || !expected.contains(about)) continue;
                records++;
                ids.computeIfAbsent(about, s -> new HashSet<>()).add(record.eventId());
            }
            found.set(new Events(topic, ids, records));
            return ids.keySet().containsAll(expected);
        });
        assertThat(found.get().idsBySubject()).as("events on %s", topic).allSatisfy((about, ids) ->
                assertThat(ids).as("event ids for %s", about).hasSize(1));
        return found.get();
    }

    private static long processed(PlatformData data, String database, String consumer, Set<String> eventIds)
            throws java.sql.SQLException {
        return data.count(database, "select count(*) from processed_event where consumer = '" + consumer
                + "' and event_id = any(?)", eventIds);
    }

    /** A new client of the staff member's clinic, with a generated plan activated a week ago. */
    private static ClientPlan clientWithActivePlan(Api api, String gateway, String staff, String name, int seed) {
        var profile = Map.of("displayName", name, "experienceLevel", "intermediate",
                "equipment", List.of("resistance-band", "dumbbells", "mat"), "goals", List.of("posture", "strength"),
                "sessionsPerWeek", 3, "deskWorker", true, "painAreas", List.of());
        UUID client = UUID.fromString(Api.expect(api.post(gateway + "/api/v1/clients", token(api, staff), profile),
                "Creating client " + name, 201).body().get("id").asText());
        UUID plan = UUID.fromString(Api.expect(api.post(gateway + "/api/v1/clients/" + client + "/plans",
                token(api, staff), Map.of("seed", 2000L + seed, "weeks", 4)), "Generating a plan for " + name, 201)
                .body().get("id").asText());
        String startedOn = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();
        var sessions = PlannedSession.of(Api.expect(api.post(gateway + "/api/v1/plans/" + plan
                + "/activate?startedOn=" + startedOn, token(api, staff), null), "Activating the plan of " + name, 200)
                .body());
        return new ClientPlan(staff, client, plan, sessions);
    }

    /** Logs the client's n-th session; a painful one is sent a second time under the same key. */
    private static LoggedSession logSession(Api api, String gateway, ClientPlan client, String run, int n,
            AtomicInteger replays, AtomicInteger unanswered) {
        PlannedSession planned = client.sessions().get(n % client.sessions().size());
        boolean painful = n % PAINFUL_EVERY == 0;
        List<SessionBody.Entry> entries = new ArrayList<>();
        for (PlannedSession.PlannedExercise e : planned.exercises()) {
            boolean hurts = painful && entries.isEmpty();
            entries.add(new SessionBody.Entry(e, SessionBody.prescribedSets(e.dose()), 7,
                    hurts ? new SessionBody.Pain(6, "sharp", "right shoulder") : null));
        }
        String body = SessionBody.of(client.clientId().toString(), planned.id(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(1), entries);
        String key = "outage-" + run + "-" + client.clientId() + "-" + n;
        String url = gateway + "/api/v1/sessions";
        String what = "Logging session " + n + " of client " + client.clientId() + " while Kafka is down";
        String id = send(api, url, client.staff(), body, key, what, unanswered);
        if (painful) {
            String again = send(api, url, client.staff(), body, key, what + " (again)", unanswered);
            assertThat(again).as("the session answered for a repeated key").isEqualTo(id);
            replays.incrementAndGet();
        }
        return new LoggedSession(UUID.fromString(id), entries.size(), painful);
    }

    /**
     * Sends a session until it is answered: a request that got no answer in time (the machine is shared) is sent again
     * under its key, as a phone would; any answer but 201 fails the test, since no write may depend on Kafka.
     */
    private static String send(Api api, String url, String staff, String body, String key, String what,
            AtomicInteger unanswered) {
        for (int attempt = 1; ; attempt++) {
            Api.Answer answer = api.send(url, token(api, staff), "POST", body, key);
            if (answer.status() != -1 || attempt == 5) {
                return Api.expect(answer, what, 201).body().get("id").asText();
            }
            unanswered.incrementAndGet();
        }
    }

    private static String token(Api api, String staff) {
        return api.cachedLogin(staff, Tokens.DEMO_PASSWORD);
    }

    /** Waits for the moment a write is due: this paces the outage, it times nothing. */
    private static void waitFor(Instant due) {
        try {
            TimeUnit.MILLISECONDS.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pacing the writes", e);
        }
    }
}
