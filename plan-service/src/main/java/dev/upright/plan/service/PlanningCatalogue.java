package dev.upright.plan.service;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import dev.upright.plan.domain.CatalogExercise;
import dev.upright.plan.generation.Catalogue;

/** The current clinic's view of the catalogue read model, in the shapes generation and validation need. */
@ApplicationScoped
public class PlanningCatalogue {

    /**
     * Equipment of the global catalogue. A profile may name these even before the read model has
     * caught up, plus any code a clinic's own exercise uses (a clinic may add equipment of its own).
     */
    public static final Set<String> GLOBAL_EQUIPMENT = Set.of("none", "dumbbells", "barbell", "resistance-band",
            "cable", "bench", "wall", "chair", "pull-up-bar", "stress-ball", "doorway", "mat");

    /** Global exercises and the clinic's own, not retired: what plans are built from. */
    public Catalogue plannable(String tenant) {
        return CatalogueSnapshot.of(CatalogExercise.plannableFor(tenant));
    }

    /** Everything the clinic can see, retired exercises too (a contraindication may name one). */
    public List<CatalogExercise> visible(String tenant) {
        return CatalogExercise.visibleTo(tenant);
    }

    public Set<String> knownEquipment(List<CatalogExercise> visible) {
        Set<String> codes = new TreeSet<>(GLOBAL_EQUIPMENT);
        visible.forEach(e -> codes.addAll(Arrays.asList(e.equipment)));
        return codes;
    }
}
