package dev.upright.progress.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.contracts.plans.PlanActivated.PlannedExercise;
import dev.upright.progress.service.LogSession.ExerciseEntry;
import dev.upright.progress.service.LogSession.PainEntry;
import dev.upright.progress.service.LogSession.SetEntry;
import dev.upright.web.problem.Problem.FieldError;

class SessionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final UUID ROW = UUID.randomUUID();

    @Test
    void shouldAcceptACompleteSession() {
        var request = session(NOW.minusSeconds(3600), new ExerciseEntry(ROW, List.of(reps(12), reps(12)), 6, null, null));
        assertThat(SessionRules.check(request, Set.of(ROW), NOW)).isEmpty();
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        var request = session(NOW.plusSeconds(3600), new ExerciseEntry(UUID.randomUUID(),
                List.of(new SetEntry(-1, -2.0, null, null)), 11, new PainEntry(12, "stabbing", null), null));

        assertThat(SessionRules.check(request, Set.of(ROW), NOW)).extracting(FieldError::field).containsExactly(
                "performedAt", "exercises[0].exerciseId", "exercises[0].rpe", "exercises[0].sets[0].reps",
                "exercises[0].sets[0].loadKg", "exercises[0].pain.score", "exercises[0].pain.kind");
    }

    @Test
    void shouldAllowAnyExerciseInAnUnplannedSession() {
        var request = session(NOW, new ExerciseEntry(UUID.randomUUID(), List.of(reps(10)), null, null, null));
        assertThat(SessionRules.check(request, null, NOW)).isEmpty();
    }

    @Test
    void shouldToleratePhoneClocksSlightlyAhead() {
        var request = session(NOW.plusSeconds(120), new ExerciseEntry(ROW, List.of(reps(10)), null, null, null));
        assertThat(SessionRules.check(request, Set.of(ROW), NOW)).isEmpty();
    }

    @Test
    void shouldRejectAPainKindSpelledOtherwiseThanTheThreeCodes() {
        var request = session(NOW, new ExerciseEntry(ROW, List.of(reps(10)), null, new PainEntry(3, "Sharp", null), null));
        assertThat(SessionRules.check(request, Set.of(ROW), NOW)).containsExactly(
                new FieldError("exercises[0].pain.kind", "must be one of mild-tension, sharp, worsening"));
    }

    @Test
    void shouldCountAnExerciseAsPrescribedOnlyWhenEverySetReachedItsTarget() {
        var planned = new PlannedExercise(ROW, "Band row", "strengthening", 2, 12, null, null, null, null);
        assertThat(Completion.asPrescribed(planned, List.of(reps(12), reps(13)))).isTrue();
        assertThat(Completion.asPrescribed(planned, List.of(reps(12), reps(9)))).isFalse();
        assertThat(Completion.asPrescribed(planned, List.of(reps(12)))).isFalse();

        var stretch = new PlannedExercise(ROW, "Doorway stretch", "cool-down", 3, null, 20, 3, null, null);
        assertThat(Completion.asPrescribed(stretch, List.of(hold(20), hold(20), hold(25)))).isTrue();
        assertThat(Completion.asPrescribed(stretch, List.of(hold(20), hold(15), hold(20)))).isFalse();
    }

    private static LogSession session(Instant at, ExerciseEntry... entries) {
        return new LogSession(null, UUID.randomUUID(), at, List.of(entries), null);
    }

    private static SetEntry reps(int reps) {
        return new SetEntry(reps, null, null, null);
    }

    private static SetEntry hold(int seconds) {
        return new SetEntry(null, null, seconds, null);
    }
}
