package dev.upright.contracts.progress;

import java.time.Instant;
import java.util.UUID;

/**
 * progress-service raised an alert for a client's therapist. Published on {@code progress.sessions}, keyed by the
 * client, so that a client's sessions and the alerts they raised stay in order on one partition.
 *
 * @param therapistUserId the therapist who receives it, or null when the client has no plan (no therapist)
 * @param severity        high or medium
 * @param reason          the kind of alert: pain, pain-rising, no-recent-session or adherence-drop
 * @param detail          the text the therapist reads
 */
public record AlertRaised(
        UUID alertId,
        UUID clientId,
        String therapistUserId,
        String severity,
        String reason,
        String detail,
        Instant raisedAt) {

    public static final String TYPE = "progress.alert-raised.v1";
}
