package dev.upright.progress.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.upright.contracts.progress.PainKind;
import dev.upright.web.problem.Problem.FieldError;

/** Checks a logged session before anything is saved; every problem is reported with its field. */
public final class SessionRules {

    /** Clocks of phones and servers differ a little; more than this ahead is a session in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private SessionRules() {
    }

    /**
     * @param plannedExercises the exercises of the planned session logged against, or null for an unplanned one
     */
    public static List<FieldError> check(LogSession request, Set<UUID> plannedExercises, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (request.performedAt() == null) {
            errors.add(new FieldError("performedAt", "is required"));
        } else if (request.performedAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("performedAt", "is in the future"));
        }
        if (request.notes() != null && request.notes().length() > 2000) {
            errors.add(new FieldError("notes", "must be at most 2000 characters"));
        }
        if (request.exercises() == null || request.exercises().isEmpty()) {
            errors.add(new FieldError("exercises", "must list at least one exercise"));
            return errors;
        }
        for (int i = 0; i < request.exercises().size(); i++) {
            checkExercise("exercises[" + i + "]", request.exercises().get(i), plannedExercises, errors);
        }
        return errors;
    }

    private static void checkExercise(String path, LogSession.ExerciseEntry entry, Set<UUID> planned,
            List<FieldError> errors) {
        if (entry == null) {
            errors.add(new FieldError(path, "is empty"));
            return;
        }
        if (entry.exerciseId() == null) {
            errors.add(new FieldError(path + ".exerciseId", "is required"));
        } else if (planned != null && !planned.contains(entry.exerciseId())) {
            errors.add(new FieldError(path + ".exerciseId", "is not part of the planned session"));
        }
        if (entry.rpe() != null && (entry.rpe() < 1 || entry.rpe() > 10)) {
            errors.add(new FieldError(path + ".rpe", "must be between 1 and 10"));
        }
        if (entry.sets() == null) {
            errors.add(new FieldError(path + ".sets", "is required (an empty list for an exercise not done)"));
        } else {
            for (int s = 0; s < entry.sets().size(); s++) {
                checkSet(path + ".sets[" + s + "]", entry.sets().get(s), errors);
            }
        }
        var pain = entry.pain();
        if (pain != null) {
            if (pain.score() == null || pain.score() < 0 || pain.score() > 10) {
                errors.add(new FieldError(path + ".pain.score", "must be between 0 and 10"));
            }
            if (pain.kind() != null && PainKind.loggable(pain.kind()).isEmpty()) {
                errors.add(new FieldError(path + ".pain.kind", "must be one of " + String.join(", ", PainKind.LOGGABLE)));
            }
            if (pain.location() != null && pain.location().length() > 100) {
                errors.add(new FieldError(path + ".pain.location", "must be at most 100 characters"));
            }
        }
    }

    private static void checkSet(String path, LogSession.SetEntry set, List<FieldError> errors) {
        if (set == null) {
            errors.add(new FieldError(path, "is empty"));
            return;
        }
        if (set.reps() != null && set.reps() < 0) {
            errors.add(new FieldError(path + ".reps", "must not be negative"));
        }
        if (set.loadKg() != null && (set.loadKg() < 0 || set.loadKg() > 500)) {
            errors.add(new FieldError(path + ".loadKg", "must be between 0 and 500"));
        }
        if (set.holdSeconds() != null && set.holdSeconds() < 0) {
            errors.add(new FieldError(path + ".holdSeconds", "must not be negative"));
        }
        if (set.durationSeconds() != null && set.durationSeconds() < 0) {
            errors.add(new FieldError(path + ".durationSeconds", "must not be negative"));
        }
        if (set.reps() == null && set.holdSeconds() == null && set.durationSeconds() == null) {
            errors.add(new FieldError(path, "needs reps, holdSeconds or durationSeconds"));
        }
    }
}
