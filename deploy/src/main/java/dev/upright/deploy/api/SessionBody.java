package dev.upright.deploy.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.upright.deploy.api.PlannedSession.PlannedExercise;

/**
 * The JSON text of {@code POST /api/v1/sessions}, written directly: the benchmark builds one for every request
 * of its load, where an object mapper would cost the load generator more than the text does.
 */
public final class SessionBody {

    /** Pain felt during an exercise: 0-10, kind mild-tension, sharp or worsening, and where. */
    public record Pain(int score, String kind, String location) {
    }

    /** One exercise as logged: {@code sets} sets done as prescribed (fewer than prescribed is a partial log). */
    public record Entry(PlannedExercise exercise, int sets, int rpe, Pain pain) {

        public static Entry asPrescribed(PlannedExercise exercise, int rpe) {
            return new Entry(exercise, prescribedSets(exercise.dose()), rpe, null);
        }
    }

    private SessionBody() {
    }

    /** @param clientId null when the client logs for themself; staff logging for a client name the client */
    public static String of(String clientId, String plannedSessionId, Instant performedAt, List<Entry> entries) {
        StringBuilder b = new StringBuilder(1024).append('{');
        if (clientId != null) b.append("\"clientId\":\"").append(clientId).append("\",");
        b.append("\"plannedSessionId\":\"").append(plannedSessionId).append("\",\"performedAt\":\"").append(performedAt)
                .append("\",\"exercises\":[");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (i > 0) b.append(',');
            b.append("{\"exerciseId\":\"").append(entry.exercise().exerciseId()).append("\",\"rpe\":").append(entry.rpe())
                    .append(",\"sets\":[");
            for (int s = 0; s < entry.sets(); s++) {
                if (s > 0) b.append(',');
                appendSet(b, entry.exercise().dose());
            }
            b.append(']');
            Pain pain = entry.pain();
            if (pain != null) {
                b.append(",\"pain\":{\"score\":").append(pain.score());
                if (pain.kind() != null) b.append(",\"kind\":\"").append(pain.kind()).append('"');
                if (pain.location() != null) b.append(",\"location\":\"").append(pain.location()).append('"');
                b.append('}');
            }
            b.append('}');
        }
        return b.append("]}").toString();
    }

    public static int prescribedSets(JsonNode dose) {
        return Math.max(1, dose.path("sets").asInt(1));
    }

    /** One set exactly as the dose prescribes it (reps with their load, a hold, or a timed stretch of work). */
    private static void appendSet(StringBuilder b, JsonNode dose) {
        if (dose.hasNonNull("reps")) {
            b.append("{\"reps\":").append(dose.get("reps").asInt());
            if (dose.hasNonNull("loadKg")) b.append(",\"loadKg\":").append(dose.get("loadKg").asDouble());
            b.append('}');
        } else if (dose.hasNonNull("holdSeconds")) {
            b.append("{\"holdSeconds\":").append(dose.get("holdSeconds").asInt()).append('}');
        } else if (dose.hasNonNull("seconds")) {
            b.append("{\"durationSeconds\":").append(dose.get("seconds").asInt()).append('}');
        } else if (dose.hasNonNull("minutes")) {
            // Minutes may be fractional (1.5): rounding down would log less than prescribed
            b.append("{\"durationSeconds\":").append((long) Math.ceil(dose.get("minutes").asDouble() * 60)).append('}');
        } else {
            b.append("{\"reps\":10}");
        }
    }
}
