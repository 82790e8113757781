package dev.upright.plan.generation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The exercises a client may be given, per purpose, in catalogue order. */
public final class Pools {

    private final Map<Purpose, List<ExerciseOption>> byPurpose = new EnumMap<>(Purpose.class);

    private Pools(ClientProfile profile, Catalogue catalogue) {
        List<ExerciseOption> eligible = catalogue.options().stream().filter(o -> Eligibility.fits(o, profile)).toList();
        for (Purpose purpose : Purpose.values()) {
            byPurpose.put(purpose, eligible.stream().filter(purpose::matches).toList());
        }
    }

    public static Pools of(ClientProfile profile, Catalogue catalogue) {
        return new Pools(profile, catalogue);
    }

    public List<ExerciseOption> get(Purpose purpose) {
        return byPurpose.get(purpose);
    }
}
