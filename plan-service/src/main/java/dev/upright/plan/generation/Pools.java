package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exercises a client may be given, per purpose, in catalogue order (those at the client's level apart too,
 * as the generator prefers them); and, by catalogue position, every reason each exercise is out and the setup
 * the client does it with. Worked out once per plan and shared by the generator and its rules.
 */
public final class Pools {

    private final Catalogue catalogue;
    private final List<List<Eligibility.Exclusion>> exclusions;
    private final List<List<ExerciseOption>> byPurpose = new ArrayList<>(Purpose.values().length);
    private final int[][] positions = new int[Purpose.values().length][];
    private final int[][] atLevel = new int[Purpose.values().length][];
    private final int[] setups;

    private Pools(ClientProfile profile, Catalogue catalogue) {
        this.catalogue = catalogue;
        List<ExerciseOption> options = catalogue.options();
        this.setups = new int[options.size()];
        this.exclusions = Eligibility.all(profile, catalogue, setups);
        int[] at = new int[options.size()];
        int[] level = new int[options.size()];
        ExerciseOption[] pool = new ExerciseOption[options.size()];
        for (Purpose purpose : Purpose.values()) {
            int size = 0;
            int levelSize = 0;
            for (int i = 0; i < options.size(); i++) {
                if (catalogue.serves(i, purpose) && exclusions.get(i).isEmpty()) {
                    at[size] = i;
                    pool[size++] = options.get(i);
                    if (Eligibility.levelAllows(profile.experience(), options.get(i).difficulty())) level[levelSize++] = i;
                }
            }
            byPurpose.add(List.of(Arrays.copyOf(pool, size)));
            positions[purpose.ordinal()] = Arrays.copyOf(at, size);
            atLevel[purpose.ordinal()] = levelSize == size ? positions[purpose.ordinal()] : Arrays.copyOf(level, levelSize);
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

    /** The positions of {@link #positions}'s options at the client's level, in the same order. */
    int[] atLevel(Purpose purpose) {
        return atLevel[purpose.ordinal()];
    }

    /** Which of its setups the client does the option at {@code position} with, or -1 when none fits. */
    public int setupIndex(int position) {
        return setups[position];
    }

    /** The setup the client does the option at {@code position} with; null when none fits. */
    public Setup setup(int position) {
        int s = setups[position];
        return s < 0 ? null : catalogue.options().get(position).setups().get(s);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** {@link Eligibility#exclusions} of the catalogue's option at {@code position}: empty when the client may do it. */
    public List<Eligibility.Exclusion> exclusions(int position) {
        return exclusions.get(position);
    }
}
