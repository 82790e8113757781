package dev.upright.progress.alerts;

import java.util.Optional;
import java.util.UUID;

import dev.upright.contracts.progress.Pain;
import dev.upright.contracts.progress.PainKind;

/**
 * When reported pain means "stop and get help" rather than ordinary effort ({@link Pain#concerning}, with the
 * clinic's pain alert threshold): the client is told to stop the exercise, and the therapist is alerted.
 */
public record PainAlert(int threshold) {

    public PainAlert {
        if (threshold < 1 || threshold > 10) {
            throw new IllegalArgumentException("Pain alert threshold must be 1-10, was " + threshold);
        }
    }

    /** @param kind as logged (already checked to be a known kind), or null */
    public boolean concerning(int score, String kind) {
        return Pain.concerning(score, PainKind.fromCode(kind), threshold);
    }

    /** One alert per session and exercise, however often the session is sent again. */
    public Optional<AlertToRaise> check(UUID sessionId, UUID exerciseId, String exerciseName, int score, String kind,
            String location) {
        if (!concerning(score, kind)) {
            return Optional.empty();
        }
        return Optional.of(new AlertToRaise("pain:" + sessionId + ":" + exerciseId, "high", "pain",
                "Pain reported on " + exerciseName + ": " + score + "/10" + (kind == null ? "" : ", " + kind)
                        + (location == null ? "" : ", " + location) + "."));
    }

    public String safetyMessage(String exerciseName) {
        return "Stop " + exerciseName + " for now. Sharp, worsening or strong pain is a signal to rest it:"
                + " contact your therapist or a medical professional before doing it again.";
    }
}
