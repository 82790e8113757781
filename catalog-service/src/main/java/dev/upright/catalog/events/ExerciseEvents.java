package dev.upright.catalog.events;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.catalog.domain.Exercise;
import dev.upright.contracts.Topics;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.support.outbox.Outbox;

/** Publishes every change of an exercise as a full snapshot on {@code catalog.exercises}, through the outbox. */
@ApplicationScoped
public class ExerciseEvents {

    @Inject
    Outbox outbox;

    public void changed(Exercise exercise, ExerciseChanged.Change change) {
        var event = new ExerciseChanged(exercise.id, exercise.tenantId, change, exercise.version, exercise.slug,
                exercise.name, exercise.category, exercise.movement, exercise.difficulty,
                List.of(exercise.equipment), exercise.retired, Instant.now());
        outbox.publish(Topics.CATALOG_EXERCISES, ExerciseChanged.TYPE, exercise.id.toString(), exercise.tenantId, event);
    }
}
