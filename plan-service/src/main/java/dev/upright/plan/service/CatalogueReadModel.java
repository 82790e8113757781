package dev.upright.plan.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.PrescribedDose;

@ApplicationScoped
public class CatalogueReadModel {

    @Inject
    CatalogueRevisions revisions;

    /** Applies a snapshot unless a newer version is already held. */
    @Transactional
    public void apply(ExerciseChanged snapshot) {
        CatalogueExercise exercise = CatalogueExercise.findById(snapshot.exerciseId());
        if (exercise == null) {
            exercise = new CatalogueExercise();
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
        exercise.equipment = array(snapshot.equipment());
        exercise.retired = snapshot.retired();
        exercise.version = snapshot.version();
        exercise.updatedAt = snapshot.changedAt();
        // Fields added to the contract later are absent from older snapshots: keep them empty, not failing
        exercise.primaryMuscles = array(snapshot.primaryMuscles());
        exercise.secondaryMuscles = array(snapshot.secondaryMuscles());
        exercise.instructions = array(snapshot.instructions());
        exercise.cues = array(snapshot.cues());
        exercise.cautions = array(snapshot.cautions());
        exercise.dose = PrescribedDose.of(snapshot.dose());
        exercise.easierId = snapshot.easierId();
        exercise.harderId = snapshot.harderId();
        exercise.setups = snapshot.setups();
        exercise.persist();
        revisions.bump(snapshot.tenantId());
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }
}
