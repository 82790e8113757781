package dev.upright.plan.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.contracts.progress.PainKind;

class SessionResultTest {

    private static final UUID SESSION = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void shouldMergeTwoLogsOfOneExerciseWhenEffortIsMissingFromEither() {
        var withEffort = new SessionResult(SESSION, AT, true, 6, 0, null);
        var withoutEffort = new SessionResult(SESSION, AT, true, null, 0, null);

        assertThat(SessionResult.worse(withEffort, withoutEffort).rpe()).isEqualTo(6);
        assertThat(SessionResult.worse(withoutEffort, withEffort).rpe()).isEqualTo(6);
        assertThat(SessionResult.worse(withoutEffort, withoutEffort).rpe()).isNull();
    }

    @Test
    void shouldKeepTheWorsePainAndCountTheExerciseCompleteOnlyIfBothLogsWere() {
        var sharp = new SessionResult(SESSION, AT, true, 5, 6, PainKind.SHARP);
        var mild = new SessionResult(SESSION, AT, false, 8, 2, PainKind.MILD_TENSION);

        SessionResult merged = SessionResult.worse(mild, sharp);

        assertThat(merged.painScore()).isEqualTo(6);
        assertThat(merged.painKind()).isEqualTo(PainKind.SHARP);
        assertThat(merged.rpe()).isEqualTo(8);
        assertThat(merged.completedAsPrescribed()).isFalse();
        assertThat(SessionResult.worse(sharp, mild).painKind()).isEqualTo(PainKind.SHARP);
    }

    @Test
    void shouldCountLatePainFromWhenItHappenedButOtherResultsOnlyAfterTheLastChange() {
        var settings = new ProgressionSettings(2, 7, 5, ProgressionSettings.OnPain.PAUSE);
        Instant lastChange = AT.plusSeconds(3_600);
        var sharpLoggedLate = new SessionResult(SESSION, AT, true, 5, 2, PainKind.SHARP);
        var fineLoggedLate = new SessionResult(SESSION, AT, true, 5, 0, null);
        var sharpAfterChange = new SessionResult(SESSION, lastChange.plusSeconds(60), true, 5, 7, null);

        assertThat(ProgressionPolicy.countingFrom(lastChange, sharpLoggedLate, settings)).isEqualTo(AT);
        assertThat(ProgressionPolicy.countingFrom(lastChange, fineLoggedLate, settings)).isEqualTo(lastChange);
        assertThat(ProgressionPolicy.countingFrom(lastChange, sharpAfterChange, settings)).isEqualTo(lastChange);
    }
}
