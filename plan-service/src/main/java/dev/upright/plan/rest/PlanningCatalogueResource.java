package dev.upright.plan.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.PrescribedDose;
import dev.upright.support.tenancy.TenantContext;

/** The exercises plan generation can choose from, as this service knows them from catalogue events. */
@Path("/api/v1/planning-catalogue")
@RolesAllowed({ "therapist", "clinic-admin", "platform-admin" })
public class PlanningCatalogueResource {

    @Inject
    TenantContext tenancy;

    public record PlannableExercise(UUID id, String slug, String name, String category, String movement,
            String difficulty, List<String> equipment, List<String> primaryMuscles, List<String> secondaryMuscles,
            PrescribedDose dose, UUID easierId, UUID harderId, boolean global, long version,
            List<ExerciseChanged.Setup> setups) {
    }

    @GET
    public List<PlannableExercise> list() {
        return CatalogueExercise.plannableFor(tenancy.tenant().orElse(null)).stream()
                .map(e -> new PlannableExercise(e.exerciseId, e.slug, e.name, e.category, e.movement, e.difficulty,
                        List.of(e.equipment), List.of(e.primaryMuscles), List.of(e.secondaryMuscles), e.dose,
                        e.easierId, e.harderId, e.tenantId == null, e.version,
                        e.setupsOrEquipment()))
                .toList();
    }
}
