package dev.upright.progress.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule production = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1),
            Duration.ofHours(24));
    private final Instant queued = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void shouldWait30SecondsThenTwiceAsLongEachTimeUpToAnHour() {
        assertThat(production.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(production.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(production.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(production.delayAfter(7)).isEqualTo(Duration.ofSeconds(1920));
        assertThat(production.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(production.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldScheduleTheNextAttemptFromTheFailure() {
        Instant failedAt = queued.plusSeconds(95);
        assertThat(production.nextAttempt(3, queued, failedAt)).contains(failedAt.plusSeconds(120));
    }

    @Test
    void shouldKeepRetryingForADayAndGiveUpOnTheFirstFailureAfterIt() {
        Instant justBefore = queued.plus(Duration.ofHours(24)).minusSeconds(1);
        assertThat(production.nextAttempt(30, queued, justBefore)).contains(justBefore.plus(Duration.ofHours(1)));
        assertThat(production.nextAttempt(31, queued, queued.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void shouldMakeAboutThirtyAttemptsBeforeGivingUpWithTheProductionSchedule() {
        Instant now = queued;
        int attempts = 1;
        while (true) {
            var next = production.nextAttempt(attempts, queued, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
            attempts++;
        }
        assertThat(Duration.between(queued, now)).isGreaterThanOrEqualTo(Duration.ofHours(24));
        assertThat(attempts).isBetween(28, 32);
    }
}
