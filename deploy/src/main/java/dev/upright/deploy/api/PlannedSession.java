package dev.upright.deploy.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One session of a plan as {@code GET /api/v1/plans/{id}} shows it, with the exercises a client can still do. */
public record PlannedSession(String id, List<PlannedExercise> exercises) {

    /** An exercise of the session and its prescribed dose (the API's {@code dose} object). */
    public record PlannedExercise(String exerciseId, String name, String block, JsonNode dose) {
    }

    /** The plan's sessions in order; paused exercises are left out, since a session cannot log them. */
    public static List<PlannedSession> of(JsonNode plan) {
        List<PlannedSession> sessions = new ArrayList<>();
        for (JsonNode session : plan.get("sessions")) {
            List<PlannedExercise> exercises = new ArrayList<>();
            for (JsonNode e : session.get("exercises")) {
                if (!"active".equals(e.path("status").asText("active"))) continue;
                exercises.add(new PlannedExercise(e.get("exerciseId").asText(), e.path("name").asText(),
                        e.get("block").asText(), e.get("dose")));
            }
            sessions.add(new PlannedSession(session.get("id").asText(), exercises));
        }
        return sessions;
    }
}
