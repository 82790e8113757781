package dev.upright.progress.service;

import java.util.List;

import dev.upright.contracts.plans.PlanActivated.PlannedExercise;
import dev.upright.progress.service.LogSession.SetEntry;

/** Whether what was done matches what was prescribed: plan-service progresses only such exercises. */
public final class Completion {

    private Completion() {
    }

    public static boolean asPrescribed(PlannedExercise planned, List<SetEntry> done) {
        if (planned == null) {
            return false;
        }
        int setsNeeded = planned.sets() == null ? 1 : planned.sets();
        long setsDone = done.stream().filter(set -> meets(planned, set)).count();
        return setsDone >= setsNeeded;
    }

    private static boolean meets(PlannedExercise planned, SetEntry set) {
        if (planned.reps() != null) {
            return set.reps() != null && set.reps() >= planned.reps();
        }
        if (planned.holdSeconds() != null) {
            return set.holdSeconds() != null && set.holdSeconds() >= planned.holdSeconds();
        }
        if (planned.seconds() != null) {
            return set.durationSeconds() != null && set.durationSeconds() >= planned.seconds();
        }
        if (planned.minutes() != null) {
            return set.durationSeconds() != null && set.durationSeconds() >= planned.minutes() * 60;
        }
        return set.reps() != null || set.holdSeconds() != null || set.durationSeconds() != null;
    }
}
