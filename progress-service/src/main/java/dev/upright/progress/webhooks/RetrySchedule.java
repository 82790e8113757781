package dev.upright.progress.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code first}, then twice as long each time up to {@code max},
 * until {@code giveUpAfter} has passed since it was queued; a failure after that gives it up.
 */
public record RetrySchedule(Duration first, Duration max, Duration giveUpAfter) {

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** The next attempt after a failure at {@code now}, or empty when the delivery is given up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant queuedAt, Instant now) {
        if (!now.isBefore(queuedAt.plus(giveUpAfter))) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempts)));
    }
}
