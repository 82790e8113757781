package dev.upright.deploy.demo;

import static dev.upright.deploy.demo.DemoCaseload.PASSWORD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.upright.deploy.api.Api;
import dev.upright.deploy.api.PlannedSession;
import dev.upright.deploy.api.PlannedSession.PlannedExercise;
import dev.upright.deploy.api.SessionBody;
import dev.upright.deploy.api.SessionBody.Pain;
import dev.upright.deploy.demo.DemoCaseload.DemoClient;
import dev.upright.deploy.demo.DemoCaseload.PainStory;
import dev.upright.deploy.demo.SessionHistory.Visit;

/**
 * Logs a demo client's history session by session, oldest first, as the client's app (or the clinic, for a client
 * without a login) sends it; a sharp report waits until plan-service has paused the exercise, as the client would
 * then see it gone from the plan.
 */
final class HistoryLogger {

    private final Api api;
    private final String gateway;
    private final Consumer<String> warnings;

    HistoryLogger(Api api, String gateway, Consumer<String> warnings) {
        this.api = api;
        this.gateway = gateway;
        this.warnings = warnings;
    }

    /** @return the sessions logged */
    int log(DemoClient client, String clientId, boolean linked, JsonNode plan) {
        String planId = plan.get("id").asText();
        List<PlannedSession> sessions = PlannedSession.of(plan);
        SplittableRandom random = new SplittableRandom(2026L ^ client.name().hashCode());
        List<Visit> visits = SessionHistory.visits(client.adherence(), client.sessionsPerWeek(), Instant.now(), random);
        String story = storyExercise(sessions);
        List<Integer> occurrences = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            if (contains(sessions.get(i % sessions.size()), story)) occurrences.add(i);
        }
        Map<Integer, Pain> storyPain = SessionHistory.storyPain(client.pain(), occurrences, visits,
                where(client, nameOf(sessions, story)));
        Map<String, Integer> lastScore = new HashMap<>();
        int logged = 0;
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            PlannedSession session = sessions.get(i % sessions.size());
            List<SessionBody.Entry> entries = new ArrayList<>();
            List<PlannedExercise> exercises = session.exercises();
            for (int k = 0; k < exercises.size(); k++) {
                PlannedExercise e = exercises.get(k);
                boolean isStory = e.exerciseId().equals(story);
                // A partial session leaves out its last exercise (a stretch, as a client short of time would)
                if (visit.partial() && k == exercises.size() - 1 && !isStory && exercises.size() > 1) continue;
                Pain pain = isStory && client.pain() != PainStory.CALM ? storyPain.get(i)
                        : SessionHistory.calm(lastScore.get(e.exerciseId()), random);
                lastScore.put(e.exerciseId(), pain == null ? 0 : pain.score());
                entries.add(new SessionBody.Entry(e, SessionBody.prescribedSets(e.dose()), visit.rpe(), pain));
            }
            String body = SessionBody.of(linked ? null : clientId, session.id(), visit.performedAt(), entries);
            if (post(client, linked, body, "demo-" + clientId + "-" + i)) logged++;
            if (entries.stream().anyMatch(en -> en.pain() != null && "sharp".equals(en.pain().kind()))) {
                sessions = afterPause(client, planId, story, sessions);
            }
        }
        return logged;
    }

    /** Sends one session; retries briefly while progress-service is still catching up with the plan. */
    private boolean post(DemoClient client, boolean linked, String body, String idempotencyKey) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Api.Answer answer;
        do {
            String token = api.cachedLogin(linked ? client.login() : client.therapist(), PASSWORD);
            answer = api.send(gateway + "/api/v1/sessions", token, "POST", body, idempotencyKey);
            if (answer.status() == 201 || answer.status() == 200) return true;
            DemoClinics.sleep(250);
        } while ((answer.status() == 400 || answer.status() == 409) && System.nanoTime() < deadline);
        warnings.accept("a session of " + client.name() + " was not logged (" + answer.status() + "): "
                + DemoClinics.detail(answer));
        return false;
    }

    /** Waits (boundedly) for plan-service to pause the exercise, then goes on with the plan as it now is. */
    private List<PlannedSession> afterPause(DemoClient client, String planId, String exerciseId,
            List<PlannedSession> sessions) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var plan = api.get(gateway + "/api/v1/plans/" + planId, api.cachedLogin(client.therapist(), PASSWORD));
            if (plan.status() == 200) {
                List<PlannedSession> now = PlannedSession.of(plan.body());
                if (now.stream().noneMatch(s -> contains(s, exerciseId))) {
                    // The change travels on to progress-service as an event: a moment for it to arrive
                    DemoClinics.sleep(1000);
                    return now;
                }
            }
            DemoClinics.sleep(250);
        }
        warnings.accept("the exercise " + client.name() + " reported sharp pain on was not paused within 30 s");
        return sessions.stream().map(s -> new PlannedSession(s.id(),
                s.exercises().stream().filter(e -> !e.exerciseId().equals(exerciseId)).toList())).toList();
    }

    /** The strengthening exercise most sessions of the plan hold: where a pain story shows best. */
    static String storyExercise(List<PlannedSession> sessions) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (PlannedSession s : sessions) {
            s.exercises().stream().filter(e -> "strengthening".equals(e.block()))
                    .forEach(e -> counts.merge(e.exerciseId(), 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(sessions.getFirst().exercises().getFirst().exerciseId());
    }

    private static boolean contains(PlannedSession session, String exerciseId) {
        return session.exercises().stream().anyMatch(e -> e.exerciseId().equals(exerciseId));
    }

    /** Where the pain of a story is felt: somewhere the exercise loads. */
    private static String where(DemoClient client, String exercise) {
        String name = exercise.toLowerCase(java.util.Locale.ROOT);
        if (client.pain() == PainStory.CALM) return null;
        if (name.matches(".*(hinge|extension|bridge|bird dog|superman).*")) return "lower back";
        if (name.matches(".*(carry|hang|squeeze|grip).*")) return "right forearm";
        if (client.pain() == PainStory.SHARP) return "right shoulder";
        return client.deskWorker() ? "neck" : "upper back";
    }

    private static String nameOf(List<PlannedSession> sessions, String exerciseId) {
        return sessions.stream().flatMap(s -> s.exercises().stream()).filter(e -> e.exerciseId().equals(exerciseId))
                .map(PlannedExercise::name).findFirst().orElse("");
    }
}
