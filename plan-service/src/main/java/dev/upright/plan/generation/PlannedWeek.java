package dev.upright.plan.generation;

import java.util.List;

public record PlannedWeek(List<PlannedSession> sessions) {
    public PlannedWeek {
        sessions = List.copyOf(sessions);
    }
}
