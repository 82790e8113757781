package dev.upright.catalog.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.upright.catalog.service.ExerciseSearch.Hit;
import dev.upright.catalog.service.ExerciseService;

/**
 * The views of exercises that searches return, kept by id and version. A search finds which exercises
 * match (and their current versions) in SQL; a view is built only for an exercise not seen at that version.
 * Every write bumps the version, so a held view is never stale, whichever instance wrote.
 */
@ApplicationScoped
public class ExerciseViews {

    private final Cache<UUID, ExerciseView> views = Caffeine.newBuilder().maximumSize(20_000).build();

    @Inject
    ExerciseService exercises;

    /** The views of these hits, in their order. */
    public List<ExerciseView> of(List<Hit> hits) {
        Map<UUID, ExerciseView> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (Hit hit : hits) {
            ExerciseView held = views.getIfPresent(hit.id());
            if (held != null && held.version() == hit.version()) {
                found.put(hit.id(), held);
            } else {
                missing.add(hit.id());
            }
        }
        exercises.load(missing).stream().map(ExerciseView::of).forEach(view -> {
            views.asMap().merge(view.id(), view, (a, b) -> a.version() >= b.version() ? a : b);
            found.put(view.id(), view);
        });
        // An exercise changed between the two queries shows as its newer version, never as a gap
        return hits.stream().map(hit -> found.get(hit.id())).filter(Objects::nonNull).toList();
    }
}
