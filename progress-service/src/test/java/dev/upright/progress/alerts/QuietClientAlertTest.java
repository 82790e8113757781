package dev.upright.progress.alerts;

import static dev.upright.progress.alerts.AlertIds.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class QuietClientAlertTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private final QuietClientAlert rule = new QuietClientAlert(7);

    @Test
    void shouldAlertWhenNothingWasLoggedForTheQuietDays() {
        assertThat(rule.check(CLIENT, Instant.parse("2026-11-13T09:00:00Z"), NOW)).contains(new AlertToRaise(
                "quiet:" + CLIENT + ":2026-11-13", "medium", "no-recent-session",
                "No session logged since 2026-11-13 although a plan is active."));
    }

    @Test
    void shouldNotAlertWithinTheQuietDays() {
        assertThat(rule.check(CLIENT, NOW.minus(Duration.ofDays(7)), NOW)).isEmpty();
        assertThat(rule.check(CLIENT, NOW.minus(Duration.ofDays(2)), NOW)).isEmpty();
    }

    @Test
    void shouldEndTheQuietStretchOnlyWithASessionWithinTheQuietDays() {
        assertThat(rule.endedBy(NOW.minus(Duration.ofDays(1)), NOW)).isTrue();
        assertThat(rule.endedBy(NOW.minus(Duration.ofDays(7)), NOW)).isTrue();
        assertThat(rule.endedBy(NOW.minus(Duration.ofDays(8)), NOW)).isFalse();
    }
}
