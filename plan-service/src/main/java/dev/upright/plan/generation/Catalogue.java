package dev.upright.plan.generation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The exercises a plan may be built from, kept in a fixed order (slug, then id) so that the order
 * the caller happened to load them in never changes a plan.
 */
public final class Catalogue {

    private final String version;
    private final List<ExerciseOption> options;
    private final Map<UUID, ExerciseOption> byId;

    public Catalogue(String version, List<ExerciseOption> options) {
        this.version = Objects.requireNonNull(version, "version");
        this.options = options.stream()
                .sorted(Comparator.comparing(ExerciseOption::slug).thenComparing(ExerciseOption::id))
                .toList();
        this.byId = this.options.stream()
                .collect(Collectors.toUnmodifiableMap(ExerciseOption::id, Function.identity(), (first, later) -> first));
    }

    public String version() {
        return version;
    }

    public List<ExerciseOption> options() {
        return options;
    }

    public Optional<ExerciseOption> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String toString() {
        return "Catalogue[version=" + version + ", " + options.size() + " exercises]";
    }
}
