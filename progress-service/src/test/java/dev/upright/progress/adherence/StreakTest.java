package dev.upright.progress.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-11-16");

    @Test
    void shouldCountThreeOfFourSessionsAsSeventyFivePercent() {
        assertThat(new WeekFigures(MONDAY, 4, 3, 0).rate()).isEqualTo(0.75);
        assertThat(new WeekFigures(MONDAY, 4, 2, 2).rate()).isEqualTo(0.75);
        assertThat(new WeekFigures(MONDAY, 2, 5, 0).rate()).isEqualTo(1.0);
        assertThat(new WeekFigures(MONDAY, 0, 1, 0).rate()).isNull();
    }

    @Test
    void shouldCountMetWeeksBackFromNowWithoutPenalisingTheWeekUnderWay() {
        var weeks = weeks(new int[][] { { 2, 2 }, { 2, 1 }, { 2, 2 }, { 2, 2 }, { 2, 0 } });
        assertThat(Streak.weeks(weeks)).isEqualTo(2);
    }

    @Test
    void shouldExtendTheStreakOnceTheCurrentWeekIsMet() {
        var weeks = weeks(new int[][] { { 2, 2 }, { 2, 2 }, { 2, 2 } });
        assertThat(Streak.weeks(weeks)).isEqualTo(3);
    }

    @Test
    void shouldHaveNoStreakAfterAMissedWeek() {
        assertThat(Streak.weeks(weeks(new int[][] { { 3, 3 }, { 3, 2 }, { 3, 1 } }))).isZero();
    }

    @Test
    void shouldPutClientsWithOpenAlertsFirstThenTheQuietestThenTheLowestAdherence() {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");
        var alerted = new Attention.Standing(1, now.minusSeconds(3600), 0.9);
        var silent = new Attention.Standing(0, now.minusSeconds(10 * 86400), 0.5);
        var never = new Attention.Standing(0, null, null);
        var slipping = new Attention.Standing(0, now.minusSeconds(86400), 0.3);
        var fine = new Attention.Standing(0, now.minusSeconds(86400), 1.0);

        var sorted = new ArrayList<>(List.of(fine, slipping, silent, never, alerted));
        sorted.sort(Attention.order(now));
        assertThat(sorted).containsExactly(alerted, never, silent, slipping, fine);
    }

    private static List<WeekFigures> weeks(int[][] prescribedAndDone) {
        List<WeekFigures> weeks = new ArrayList<>();
        for (int i = 0; i < prescribedAndDone.length; i++) {
            weeks.add(new WeekFigures(MONDAY.plusWeeks(i), prescribedAndDone[i][0], prescribedAndDone[i][1], 0));
        }
        return weeks;
    }
}
