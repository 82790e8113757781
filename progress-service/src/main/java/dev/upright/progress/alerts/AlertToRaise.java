package dev.upright.progress.alerts;

/**
 * What a rule decided to tell the therapist, before it is stored for a client.
 *
 * @param causeKey what raised it; one alert per key, however often the same cause is seen again
 * @param severity high or medium
 * @param reason   the kind of alert, e.g. pain or no-recent-session
 * @param detail   the text the therapist reads
 */
public record AlertToRaise(String causeKey, String severity, String reason, String detail) {
}
