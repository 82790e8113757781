package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.Pools;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Purpose;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.SessionEstimate;
import dev.upright.plan.generation.Strengthening;
import dev.upright.plan.generation.Violation;

/**
 * A week of two or more sessions does not repeat the exact same strengthening block in every session
 * when an alternative exists. "An alternative exists" is made precise, and cheap, as: swapping one
 * move of the last session for another eligible one would keep every strengthening rule and the time limit.
 */
public final class VarietyRule implements PlanRule {

    /** Replace {@code out} by {@code in}, prescribed at {@code inDose}. */
    public record Swap(ExerciseOption out, ExerciseOption in, Dose inDose) {
    }

    @Override
    public RuleCode code() {
        return RuleCode.VARIETY;
    }

    @Override
    public List<Violation> check(PlanCheck check) {
        GeneratedPlan plan = check.plan();
        List<Violation> out = new ArrayList<>();
        for (int w = 0; w < plan.weeks().size(); w++) {
            int week = w + 1;
            List<PlannedSession> sessions = plan.weeks().get(w).sessions();
            if (!repeatsOneBlock(sessions)) continue;
            swapFor(check.profile(), check.pools(), sessions).ifPresent(swap -> out.add(new Violation(code(),
                    "week " + week + ": every session repeats the same strengthening moves, although alternatives fit.",
                    "Swap " + swap.out().name() + " for " + swap.in().name() + " in one session of week " + week + ".")));
        }
        return out;
    }

    public static Optional<Swap> swapFor(ClientProfile profile, Catalogue catalogue, List<PlannedSession> week) {
        if (!repeatsOneBlock(week)) return Optional.empty();
        return swapFor(profile, Pools.of(profile, catalogue), week);
    }

    /** {@link #swapFor(ClientProfile, Catalogue, List)} with the client's pools already worked out. */
    public static Optional<Swap> swapFor(ClientProfile profile, Pools pools, List<PlannedSession> week) {
        if (!repeatsOneBlock(week)) return Optional.empty();
        Catalogue catalogue = pools.catalogue();
        Set<UUID> first = ids(week.getFirst());
        PlannedSession last = week.getLast();
        List<ExerciseOption> block = new ArrayList<>();
        for (Prescription p : last.strengthening()) {
            Optional<ExerciseOption> option = catalogue.find(p.exerciseId());
            if (option.isEmpty()) return Optional.empty();
            block.add(option.get());
        }
        List<ExerciseOption> eligible = pools.get(Purpose.STRENGTHENING);
        double limit = profile.sessionMinutes() == null ? Double.MAX_VALUE : profile.sessionMinutes() * 60.0;
        double seconds = SessionEstimate.minutes(last) * 60;
        for (int i = 0; i < block.size(); i++) {
            for (ExerciseOption candidate : eligible) {
                if (first.contains(candidate.id())) continue;
                List<ExerciseOption> swapped = new ArrayList<>(block);
                swapped.set(i, candidate);
                Dose dose = Doses.strengthening(candidate, profile);
                double after = seconds - SessionEstimate.seconds(last.strengthening().get(i).dose()) + SessionEstimate.seconds(dose);
                if (after <= limit && Strengthening.acceptable(profile, eligible, swapped)) {
                    return Optional.of(new Swap(block.get(i), candidate, dose));
                }
            }
        }
        return Optional.empty();
    }

    /** Two or more sessions whose strengthening blocks name the same exercises (as sets). */
    private static boolean repeatsOneBlock(List<PlannedSession> week) {
        if (week.size() < 2) return false;
        List<Prescription> first = week.getFirst().strengthening();
        for (int s = 1; s < week.size(); s++) {
            List<Prescription> other = week.get(s).strengthening();
            if (!containsAll(first, other) || !containsAll(other, first)) return false;
        }
        return true;
    }

    private static boolean containsAll(List<Prescription> rows, List<Prescription> wanted) {
        for (Prescription w : wanted) {
            boolean found = false;
            for (int i = 0; i < rows.size() && !found; i++) {
                found = rows.get(i).exerciseId().equals(w.exerciseId());
            }
            if (!found) return false;
        }
        return true;
    }

    private static Set<UUID> ids(PlannedSession session) {
        return session.strengthening().stream().map(Prescription::exerciseId).collect(Collectors.toSet());
    }
}
