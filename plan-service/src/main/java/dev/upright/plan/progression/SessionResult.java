package dev.upright.plan.progression;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import dev.upright.contracts.progress.Pain;
import dev.upright.contracts.progress.PainKind;

/**
 * How one logged session went for one exercise: the part of a {@code SessionLogged} exercise result
 * the policy reads.
 *
 * @param rpe       effort, 1 to 10; null when the client did not say (never counts as manageable)
 * @param painScore 0 to 10
 * @param painKind  null without pain
 */
public record SessionResult(UUID sessionId, Instant performedAt, boolean completedAsPrescribed, Integer rpe,
                            int painScore, PainKind painKind) {
    public SessionResult {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(performedAt, "performedAt");
        if (painScore < 0 || painScore > 10) throw new IllegalArgumentException("painScore must be 0 to 10");
    }

    /** Two results for one exercise in one session: the harder effort, the worse pain, complete only if both were. */
    public static SessionResult worse(SessionResult a, SessionResult b) {
        Integer rpe;
        if (a.rpe() == null) {
            rpe = b.rpe();
        } else if (b.rpe() == null) {
            rpe = a.rpe();
        } else {
            rpe = Math.max(a.rpe(), b.rpe());
        }
        PainKind kind = a.painKind() == null || Pain.concerning(b.painKind()) ? b.painKind() : a.painKind();
        return new SessionResult(a.sessionId(), a.performedAt(), a.completedAsPrescribed() && b.completedAsPrescribed(),
                rpe, Math.max(a.painScore(), b.painScore()), kind);
    }
}
