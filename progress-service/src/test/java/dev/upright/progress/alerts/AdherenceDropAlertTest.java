package dev.upright.progress.alerts;

import static dev.upright.progress.alerts.AlertIds.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.upright.progress.adherence.WeekFigures;

class AdherenceDropAlertTest {

    private static final LocalDate BEFORE = LocalDate.parse("2026-11-09");
    private static final LocalDate LAST = LocalDate.parse("2026-11-16");

    private final AdherenceDropAlert rule = new AdherenceDropAlert(20);

    @Test
    void shouldAlertWhenTheWeeklyRateFallsByThePointsSet() {
        assertThat(rule.check(CLIENT, new WeekFigures(BEFORE, 4, 4, 0), new WeekFigures(LAST, 4, 3, 0)))
                .contains(new AlertToRaise("adherence-drop:" + CLIENT + ":" + LAST, "medium", "adherence-drop",
                        "Adherence fell from 100% in the week of 2026-11-09 to 75% in the week of 2026-11-16."));
    }

    @Test
    void shouldNotAlertOnASmallerFall() {
        assertThat(rule.check(CLIENT, new WeekFigures(BEFORE, 5, 5, 0), new WeekFigures(LAST, 5, 4, 0))).isEmpty();
    }

    @Test
    void shouldNotAlertWhenAWeekHadNothingPrescribed() {
        assertThat(rule.check(CLIENT, new WeekFigures(BEFORE, 0, 0, 0), new WeekFigures(LAST, 4, 0, 0))).isEmpty();
        assertThat(rule.check(CLIENT, new WeekFigures(BEFORE, 4, 4, 0), new WeekFigures(LAST, 0, 0, 0))).isEmpty();
    }
}
