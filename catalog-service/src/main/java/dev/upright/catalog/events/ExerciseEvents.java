package dev.upright.catalog.events;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.catalog.domain.Exercise;
import dev.upright.catalog.domain.MuscleWork;
import dev.upright.contracts.Topics;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.support.outbox.Outbox;

/** Publishes every change of an exercise as a full snapshot on {@code catalog.exercises}, through the outbox. */
@ApplicationScoped
public class ExerciseEvents {

    @Inject
    Outbox outbox;

    /** Call after the change is flushed, so the snapshot carries the version the database holds. */
    public void changed(Exercise exercise, ExerciseChanged.Change change) {
        var event = snapshot(exercise, change, Instant.now());
        outbox.publish(Topics.CATALOG_EXERCISES, ExerciseChanged.TYPE, exercise.id.toString(), exercise.tenantId, event);
    }

    public static ExerciseChanged snapshot(Exercise e, ExerciseChanged.Change change, Instant at) {
        var dose = e.dose == null ? null : new ExerciseChanged.Dose(e.dose.sets(), e.dose.reps(), e.dose.seconds(),
                e.dose.holdSeconds(), e.dose.repetitions(),
                e.dose.minutes() == null ? null : e.dose.minutes().stripTrailingZeros());
        return new ExerciseChanged(e.id, e.tenantId, change, e.version, e.slug, e.name, e.category, e.movement,
                e.difficulty, e.equipment.stream().sorted().toList(), e.retired, at,
                e.musclesIn(MuscleWork.PRIMARY), e.musclesIn(MuscleWork.SECONDARY), List.of(e.instructions),
                List.of(e.cues), List.of(e.cautions), dose, e.easierId, e.harderId,
                e.setups.stream().map(s -> new ExerciseChanged.Setup(s.equipment(), s.note())).toList());
    }
}
