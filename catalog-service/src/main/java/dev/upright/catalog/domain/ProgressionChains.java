package dev.upright.catalog.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Progression chains as a graph of "is harder than" steps. Each exercise may name an easier and a harder
 * variation; together those links must never lead from an exercise back to itself, or plan-service could
 * progress (or regress) forever.
 */
public final class ProgressionChains {

    public static final String EASIER = "easierId";
    public static final String HARDER = "harderId";

    public record Links(UUID easierId, UUID harderId) {
    }

    private ProgressionChains() {
    }

    /**
     * @param stored   the links currently stored, by exercise id
     * @param exercise the exercise being written
     * @param proposed its new links
     * @return the fields ({@link #EASIER}, {@link #HARDER}) whose link would close a loop
     */
    public static Set<String> loopingLinks(Map<UUID, Links> stored, UUID exercise, Links proposed) {
        var links = new HashMap<>(stored);
        links.put(exercise, proposed);
        Map<UUID, List<UUID>> harderSteps = harderSteps(links);
        var looping = new LinkedHashSet<String>();
        // exercise -> harder is a step; it loops if the harder one already leads back
        if (proposed.harderId() != null && reaches(harderSteps, proposed.harderId(), exercise)) {
            looping.add(HARDER);
        }
        // easier -> exercise is a step; it loops if the exercise already leads to the easier one
        if (proposed.easierId() != null && reaches(harderSteps, exercise, proposed.easierId())) {
            looping.add(EASIER);
        }
        return looping;
    }

    private static Map<UUID, List<UUID>> harderSteps(Map<UUID, Links> links) {
        var steps = new HashMap<UUID, List<UUID>>();
        links.forEach((id, l) -> {
            if (l.harderId() != null) {
                steps.computeIfAbsent(id, k -> new ArrayList<>()).add(l.harderId());
            }
            if (l.easierId() != null) {
                steps.computeIfAbsent(l.easierId(), k -> new ArrayList<>()).add(id);
            }
        });
        return steps;
    }

    private static boolean reaches(Map<UUID, List<UUID>> steps, UUID from, UUID target) {
        var seen = new HashSet<UUID>();
        var todo = new ArrayDeque<UUID>();
        todo.add(from);
        while (!todo.isEmpty()) {
            UUID current = todo.poll();
            if (current.equals(target)) {
                return true;
            }
            if (seen.add(current)) {
                todo.addAll(steps.getOrDefault(current, List.of()));
            }
        }
        return false;
    }
}
