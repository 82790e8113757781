package dev.upright.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.plan.domain.CatalogExercise;
import dev.upright.support.inbox.IncomingEvent;
import dev.upright.support.inbox.ProcessedEvents;

@ApplicationScoped
public class CatalogReadModel {

    static final String CONSUMER = "plan-service.catalog";

    @Inject
    ProcessedEvents processed;

    @Inject
    ObjectMapper json;

    /** Applies a snapshot unless this event was seen before or a newer version is already held. */
    @Transactional
    public void apply(IncomingEvent event) {
        if (!processed.markFirstTime(CONSUMER, event.id())) {
            return;
        }
        ExerciseChanged snapshot = event.payloadAs(json, ExerciseChanged.class);
        CatalogExercise exercise = CatalogExercise.findById(snapshot.exerciseId());
        if (exercise == null) {
            exercise = new CatalogExercise();
            exercise.exerciseId = snapshot.exerciseId();
        } else if (exercise.version > snapshot.version()) {
            return;
        }
        exercise.tenantId = snapshot.tenantId();
        exercise.slug = snapshot.slug();
        exercise.name = snapshot.name();
        exercise.category = snapshot.category();
        exercise.movement = snapshot.movement();
        exercise.difficulty = snapshot.difficulty();
        exercise.equipment = snapshot.equipment().toArray(String[]::new);
        exercise.retired = snapshot.retired();
        exercise.version = snapshot.version();
        exercise.updatedAt = snapshot.changedAt();
        exercise.persist();
    }
}
