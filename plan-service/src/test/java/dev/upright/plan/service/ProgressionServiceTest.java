package dev.upright.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.plan.progression.PainKind;
import dev.upright.plan.progression.SessionResult;

class ProgressionServiceTest {

    private static final UUID SESSION = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void shouldMergeTwoLogsOfOneExerciseWhenEffortIsMissingFromEither() {
        var withEffort = new SessionResult(SESSION, AT, true, 6, 0, null);
        var withoutEffort = new SessionResult(SESSION, AT, true, null, 0, null);

        assertThat(ProgressionService.worse(withEffort, withoutEffort).rpe()).isEqualTo(6);
        assertThat(ProgressionService.worse(withoutEffort, withEffort).rpe()).isEqualTo(6);
        assertThat(ProgressionService.worse(withoutEffort, withoutEffort).rpe()).isNull();
    }

    @Test
    void shouldKeepTheWorsePainAndCountTheExerciseCompleteOnlyIfBothLogsWere() {
        var sharp = new SessionResult(SESSION, AT, true, 5, 6, PainKind.SHARP);
        var mild = new SessionResult(SESSION, AT, false, 8, 2, PainKind.MILD_TENSION);

        SessionResult merged = ProgressionService.worse(mild, sharp);

        assertThat(merged.painScore()).isEqualTo(6);
        assertThat(merged.painKind()).isEqualTo(PainKind.SHARP);
        assertThat(merged.rpe()).isEqualTo(8);
        assertThat(merged.completedAsPrescribed()).isFalse();
        assertThat(ProgressionService.worse(sharp, mild).painKind()).isEqualTo(PainKind.SHARP);
    }
}
