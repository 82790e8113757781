package dev.upright.progress.alerts;

import java.util.Optional;
import java.util.UUID;

/** Milder pain that keeps climbing on the same exercise also deserves a look. */
public record PainRisingAlert(int risePoints) {

    /** Whether the previous score is worth looking up: no score (0 at least) can be low enough below a lower one. */
    public boolean couldHaveRisen(int score) {
        return score >= risePoints;
    }

    /** @param previousScore the exercise's score in its previous log, or null when this is its first */
    public Optional<AlertToRaise> check(UUID sessionId, UUID exerciseId, String exerciseName, Integer previousScore,
            int score) {
        if (previousScore == null || score - previousScore < risePoints) {
            return Optional.empty();
        }
        return Optional.of(new AlertToRaise("pain-rise:" + sessionId + ":" + exerciseId, "medium", "pain-rising",
                "Pain on " + exerciseName + " rose from " + previousScore + " to " + score + "/10."));
    }
}
