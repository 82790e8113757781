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
        return block.stream().anyMatch(ExerciseOption::isRow);
    }

    public static boolean hasPostureMove(Collection<ExerciseOption> block) {
        return block.stream().anyMatch(o -> Categories.POSTURE.equals(o.category()));
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
        int room = Math.max(0, block.size() - 2);
        return wanted.subList(0, Math.min(room, wanted.size())).stream()
                .filter(category -> !anyOf(block, category))
                .findFirst();
    }

    public static boolean sizeFits(Collection<ExerciseOption> block) {
        return block.size() >= MIN && block.size() <= MAX
                && block.stream().map(ExerciseOption::id).distinct().count() == block.size()
                && block.stream().allMatch(o -> Categories.STRENGTHENING.contains(o.category()));
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
        return options.stream().anyMatch(o -> category.equals(o.category()));
    }
}
