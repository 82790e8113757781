package dev.upright.progress.alerts;

import static dev.upright.progress.alerts.AlertIds.ROW;
import static dev.upright.progress.alerts.AlertIds.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainRisingAlertTest {

    private final PainRisingAlert rule = new PainRisingAlert(2);

    @Test
    void shouldAlertWhenPainRisesByThePointsSet() {
        assertThat(rule.check(SESSION, ROW, "Band row", 1, 3)).contains(new AlertToRaise(
                "pain-rise:" + SESSION + ":" + ROW, "medium", "pain-rising", "Pain on Band row rose from 1 to 3/10."));
    }

    @Test
    void shouldNotAlertWhenPainRisesByFewerPoints() {
        assertThat(rule.check(SESSION, ROW, "Band row", 2, 3)).isEmpty();
    }

    @Test
    void shouldNotAlertOnAnExercisesFirstLog() {
        assertThat(rule.check(SESSION, ROW, "Band row", null, 4)).isEmpty();
    }

    @Test
    void shouldNotAlertWhenPainEases() {
        assertThat(rule.check(SESSION, ROW, "Band row", 4, 1)).isEmpty();
    }

    @Test
    void shouldLookBackOnlyWhenTheScoreCouldBeARise() {
        assertThat(rule.couldHaveRisen(1)).isFalse();
        assertThat(rule.couldHaveRisen(2)).isTrue();
    }
}
