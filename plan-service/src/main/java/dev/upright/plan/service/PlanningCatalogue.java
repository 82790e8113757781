package dev.upright.plan.service;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.upright.plan.domain.CatalogueExercise;
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

    private record Held(CatalogueRevisions.Revision revision, Catalogue catalogue) {
    }

    /** Every generation and every logged session needs the clinic's catalogue; it changes rarely. */
    private final Cache<String, Held> plannable = Caffeine.newBuilder().maximumSize(1_000).build();

    @Inject
    CatalogueRevisions revisions;

    /** Global exercises and the clinic's own, not retired: what plans are built from. */
    public Catalogue plannable(String tenant) {
        // The revision is read before the rows: a change landing in between only costs a reload later
        CatalogueRevisions.Revision revision = revisions.of(tenant);
        Held held = plannable.getIfPresent(tenant);
        if (held != null && held.revision().equals(revision)) {
            return held.catalogue();
        }
        Catalogue catalogue = CatalogueSnapshot.of(CatalogueExercise.plannableFor(tenant));
        plannable.put(tenant, new Held(revision, catalogue));
        return catalogue;
    }

    /** Everything the clinic can see, retired exercises too (a contraindication may name one). */
    public List<CatalogueExercise> visible(String tenant) {
        return CatalogueExercise.visibleTo(tenant);
    }

    public Set<String> knownEquipment(List<CatalogueExercise> visible) {
        Set<String> codes = new TreeSet<>(GLOBAL_EQUIPMENT);
        visible.forEach(e -> codes.addAll(Arrays.asList(e.equipment)));
        return codes;
    }
}
