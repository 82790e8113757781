package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a strengthening block needs, shared by the generator, the rules and the variety check so the
 * three never disagree: 3 to 5 distinct strengthening moves, a row, a posture move, and support work
 * in priority order (lower back for strength or aching clients, then grip for strength) as far as
 * the slots beyond the row and the posture move allow and the client has an eligible move.
 */
public final class Strengthening {

    public static final int MIN = 3;
    public static final int MAX = 5;

    private Strengthening() {
    }

    public static boolean hasRow(Collection<ExerciseOption> block) {
        for (ExerciseOption o : block) {
            if (o.isRow()) return true;
        }
        return false;
    }

    public static boolean hasPostureMove(Collection<ExerciseOption> block) {
        return anyOf(block, Categories.POSTURE);
    }

    /** Support categories the profile calls for and the eligible pool can supply, most important first. */
    public static List<String> supportWanted(ClientProfile profile, Collection<ExerciseOption> eligible) {
        List<String> wanted = new ArrayList<>(2);
        if (profile.wantsLowerBackWork() && anyOf(eligible, Categories.LOWER_BACK)) wanted.add(Categories.LOWER_BACK);
        if (profile.wantsGripWork() && anyOf(eligible, Categories.GRIP)) wanted.add(Categories.GRIP);
        return wanted;
    }

    /** The first support category the block should hold but does not. */
    public static Optional<String> missingSupport(ClientProfile profile, Collection<ExerciseOption> eligible,
                                                  Collection<ExerciseOption> block) {
        List<String> wanted = supportWanted(profile, eligible);
        int room = Math.min(Math.max(0, block.size() - 2), wanted.size());
        for (int i = 0; i < room; i++) {
            if (!anyOf(block, wanted.get(i))) return Optional.of(wanted.get(i));
        }
        return Optional.empty();
    }

    public static boolean sizeFits(Collection<ExerciseOption> block) {
        if (block.size() < MIN || block.size() > MAX) return false;
        int i = 0;
        for (ExerciseOption move : block) {
            if (!isStrengthening(move)) return false;
            int j = 0;
            for (ExerciseOption earlier : block) {
                if (j++ == i) break;
                if (earlier.id().equals(move.id())) return false;
            }
            i++;
        }
        return true;
    }

    public static boolean acceptable(ClientProfile profile, Collection<ExerciseOption> eligible,
                                     Collection<ExerciseOption> block) {
        return sizeFits(block) && hasRow(block) && hasPostureMove(block)
                && missingSupport(profile, eligible, block).isEmpty();
    }

    public static boolean isStrengthening(ExerciseOption option) {
        return Categories.STRENGTHENING.contains(option.category());
    }

    private static boolean anyOf(Collection<ExerciseOption> options, String category) {
        for (ExerciseOption o : options) {
            if (category.equals(o.category())) return true;
        }
        return false;
    }
}
