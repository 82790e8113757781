package dev.upright.catalog.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.catalog.domain.Exercise;
import dev.upright.catalog.events.ExerciseEvents;
import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.web.problem.ProblemException;
import dev.upright.support.tenancy.TenantContext;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class ExerciseService {

    @Inject
    TenantContext tenancy;

    @Inject
    ExerciseEvents events;

    public record NewExercise(String name, String category, String movement, String difficulty, List<String> equipment) {
    }

    public record ExercisePage(List<Exercise> items, long total) {
    }

    public ExercisePage list(int page, int size) {
        String tenant = tenancy.tenant().orElse(null);
        return new ExercisePage(Exercise.listActive(tenant, Page.of(page, size)), Exercise.countActive(tenant));
    }

    public Exercise get(UUID id) {
        return Exercise.findVisible(id, tenancy.tenant().orElse(null))
                .orElseThrow(() -> ProblemException.notFound("Exercise", id));
    }

    /** Creates a clinic's own exercise and announces it in the same transaction. */
    @Transactional
    public Exercise create(NewExercise request) {
        String tenant = tenancy.requireTenant();
        String slug = slugOf(request.name());
        if (Exercise.slugTaken(slug, tenant)) {
            throw ProblemException.conflict("Your clinic already has an exercise named like '" + request.name() + "'.");
        }
        var exercise = new Exercise();
        exercise.id = UUID.randomUUID();
        exercise.tenantId = tenant;
        exercise.slug = slug;
        exercise.name = request.name().strip();
        exercise.category = request.category();
        exercise.movement = request.movement();
        exercise.difficulty = request.difficulty();
        exercise.equipment = request.equipment() == null ? new String[0] : request.equipment().toArray(String[]::new);
        exercise.createdAt = Instant.now();
        exercise.updatedAt = exercise.createdAt;
        exercise.persistAndFlush();
        events.changed(exercise, ExerciseChanged.Change.CREATED);
        return exercise;
    }

    static String slugOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
