package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exercises a client may be given, per purpose, in catalogue order; and, by catalogue position,
 * every reason each exercise is out. Worked out once per plan and shared by the generator and its rules.
 */
public final class Pools {

    private final Catalogue catalogue;
    private final List<List<Eligibility.Exclusion>> exclusions;
    private final List<List<ExerciseOption>> byPurpose = new ArrayList<>(Purpose.values().length);
    private final int[][] positions = new int[Purpose.values().length][];

    private Pools(ClientProfile profile, Catalogue catalogue) {
        this.catalogue = catalogue;
        this.exclusions = Eligibility.all(profile, catalogue);
        List<ExerciseOption> options = catalogue.options();
        int[] at = new int[options.size()];
        ExerciseOption[] pool = new ExerciseOption[options.size()];
        for (Purpose purpose : Purpose.values()) {
            int size = 0;
            for (int i = 0; i < options.size(); i++) {
                if (catalogue.serves(i, purpose) && exclusions.get(i).isEmpty()) {
                    at[size] = i;
                    pool[size++] = options.get(i);
                }
            }
            byPurpose.add(List.of(Arrays.copyOf(pool, size)));
            positions[purpose.ordinal()] = Arrays.copyOf(at, size);
        }
    }

    public static Pools of(ClientProfile profile, Catalogue catalogue) {
        return new Pools(profile, catalogue);
    }

    public List<ExerciseOption> get(Purpose purpose) {
        return byPurpose.get(purpose.ordinal());
    }

    /** The catalogue positions of {@link #get}'s options, in the same order. */
    int[] positions(Purpose purpose) {
        return positions[purpose.ordinal()];
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** {@link Eligibility#exclusions} of the catalogue's option at {@code position}: empty when the client may do it. */
    public List<Eligibility.Exclusion> exclusions(int position) {
        return exclusions.get(position);
    }
}
