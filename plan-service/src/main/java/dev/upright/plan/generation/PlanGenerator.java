package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.Dose.Reps;
import dev.upright.plan.generation.Dose.Timed;
import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;
import dev.upright.plan.generation.rules.PlanRules;
import dev.upright.plan.generation.rules.VarietyRule;

/**
 * Builds a plan from a profile, a catalogue and a seed. Pure and deterministic: the only source of
 * choice is a {@link SplittableRandom} seeded with the caller's seed, and every pool is in catalogue
 * order (slug, id). Choices rotate: within each pool the least-used move so far wins, the seed only
 * breaks ties, so sessions vary wherever the catalogue allows.
 */
public final class PlanGenerator {

    static final double WARM_UP_TARGET_MINUTES = 5.0;
    static final double WARM_UP_MIN_MINUTES = 4.5;
    static final double WARM_UP_MAX_MINUTES = 6.0;
    static final int MAX_WEEKS = 12;
    static final int MAX_BREAK_MOVES = 3;
    static final int BREAK_TARGET_SECONDS = 90;
    static final int COOL_DOWN_MIN = 3;
    static final int COOL_DOWN_MAX = 5;

    public GenerationResult generate(ClientProfile profile, Catalogue catalogue, long seed) {
        Pools pools = Pools.of(profile, catalogue);
        List<Violation> problems = Preflight.check(profile, catalogue, pools);
        if (!problems.isEmpty()) return new Unsatisfiable(problems);

        Run run = new Run(profile, pools, new SplittableRandom(seed));
        List<PlannedWeek> weeks = new ArrayList<>();
        double longest = 0;
        for (int w = 0; w < profile.planWeeks(); w++) {
            List<PlannedSession> sessions = new ArrayList<>();
            for (int s = 0; s < Frequency.sessionsPerWeek(profile); s++) {
                sessions.add(run.session());
            }
            PlannedWeek week = new PlannedWeek(run.varied(sessions, catalogue));
            for (PlannedSession session : week.sessions()) {
                longest = Math.max(longest, SessionEstimate.minutes(session));
            }
            weeks.add(week);
        }
        if (profile.sessionMinutes() != null && longest > profile.sessionMinutes()) {
            int needed = (int) Math.ceil(longest);
            return new Unsatisfiable(List.of(new Violation(RuleCode.SESSION_LENGTH,
                    "Even the shortest session that keeps the rules (5-minute warm-up, 3 strengthening moves, 3 stretches) "
                            + "takes about " + needed + " minutes; the limit is " + profile.sessionMinutes() + ".",
                    "Allow at least " + needed + " minutes per session.")));
        }
        GeneratedPlan plan = new GeneratedPlan(weeks, run.postureBreaks(),
                Explanations.of(profile, catalogue, seed));
        List<Violation> broken = PlanRules.checkAll(profile, catalogue, plan);
        if (!broken.isEmpty()) {
            // A bug in the generator, not something the client or therapist can fix.
            throw new IllegalStateException("Generated plan breaks its own rules: " + broken);
        }
        return new Generated(plan);
    }

    /** The daily posture breaks the generator gives this client (none unless a desk worker). */
    public static List<Prescription> postureBreaks(ClientProfile profile, Catalogue catalogue) {
        Pools pools = Pools.of(profile, catalogue);
        if (pools.get(Purpose.POSTURE_BREAK).isEmpty()) return List.of();
        // Choosing breaks draws nothing at random, so any seed gives the same block
        return new Run(profile, pools, new SplittableRandom(0)).postureBreaks();
    }

    /** State of one generation: the random source and how often each exercise has been used. */
    private static final class Run {
        private final ClientProfile profile;
        private final Pools pools;
        private final RandomGenerator random;
        private final Map<UUID, Integer> uses = new HashMap<>();
        private final List<Reason> painNote;

        Run(ClientProfile profile, Pools pools, RandomGenerator random) {
            this.profile = profile;
            this.pools = pools;
            this.random = random;
            this.painNote = profile.painAreas().isEmpty() ? List.of() : List.of(new Reason(RuleCode.PAIN_AREA,
                    "Leaves your reported pain areas (" + Text.sortedWords(profile.painAreas()) + ") unloaded"));
        }

        PlannedSession session() {
            List<Prescription> warmUp = warmUp();
            List<Prescription> strengthening = strengthening();
            List<Prescription> coolDown = coolDown();
            Integer limit = profile.sessionMinutes();
            // Trim extras, stretches first, while the session is over the therapist's time limit.
            while (limit != null && total(warmUp, strengthening, coolDown) > limit * 60.0) {
                if (coolDown.size() > COOL_DOWN_MIN) coolDown.removeLast();
                else if (strengthening.size() > Strengthening.MIN) strengthening.removeLast();
                else break;
            }
            return new PlannedSession(warmUp, strengthening, coolDown);
        }

        private static double total(List<Prescription> a, List<Prescription> b, List<Prescription> c) {
            return SessionEstimate.seconds(a) + SessionEstimate.seconds(b) + SessionEstimate.seconds(c);
        }

        private List<Prescription> warmUp() {
            List<ExerciseOption> moves = new ArrayList<>();
            List<Double> minutes = new ArrayList<>();
            double sum = 0;
            Set<UUID> taken = new HashSet<>();
            while (sum < WARM_UP_TARGET_MINUTES) {
                Optional<ExerciseOption> next = pick(pools.get(Purpose.WARM_UP), taken);
                if (next.isEmpty()) break;
                moves.add(next.get());
                minutes.add(Doses.warmUpMinutes(next.get()));
                sum += minutes.getLast();
            }
            // Too few moves to reach 5 minutes: lengthen them in turn, half a minute at a time, up to 2 minutes each.
            for (int i = 0; sum < WARM_UP_TARGET_MINUTES; i = (i + 1) % moves.size()) {
                if (minutes.get(i) < Doses.WARM_UP_MOVE_MAX_MINUTES) {
                    double more = Math.min(0.5, Doses.WARM_UP_MOVE_MAX_MINUTES - minutes.get(i));
                    minutes.set(i, minutes.get(i) + more);
                    sum += more;
                }
            }
            if (sum > WARM_UP_MAX_MINUTES) {
                minutes.set(minutes.size() - 1, minutes.getLast() - (sum - WARM_UP_TARGET_MINUTES));
            }
            List<Prescription> out = new ArrayList<>();
            for (int i = 0; i < moves.size(); i++) {
                out.add(prescribe(moves.get(i), Block.WARM_UP, new Timed(minutes.get(i)), new Reason(RuleCode.WARM_UP,
                        "A dynamic warm-up of about 5 minutes comes first; " + Text.fit(moves.get(i), profile))));
            }
            return out;
        }

        private List<Prescription> strengthening() {
            List<ExerciseOption> eligible = pools.get(Purpose.STRENGTHENING);
            List<String> support = Strengthening.supportWanted(profile, eligible);
            int base = switch (profile.experience()) {
                case BEGINNER -> 3;
                case INTERMEDIATE -> 4;
                case ADVANCED -> 5;
            };
            int slots = Math.min(Strengthening.MAX, Math.max(base, 2 + support.size()));

            List<Prescription> out = new ArrayList<>();
            Set<UUID> taken = new HashSet<>();
            pick(pools.get(Purpose.ROW), taken).ifPresent(o -> out.add(strength(o, new Reason(RuleCode.ROW_REQUIRED,
                    "At least one rowing move per session; " + Text.fit(o, profile)))));
            pick(pools.get(Purpose.POSTURE), taken).ifPresent(o -> out.add(strength(o, new Reason(RuleCode.POSTURE_MOVE_REQUIRED,
                    "At least one posture-focused move per session; " + Text.fit(o, profile)))));
            for (String category : support) {
                Purpose purpose = Categories.LOWER_BACK.equals(category) ? Purpose.LOWER_BACK : Purpose.GRIP;
                if (out.size() < slots) {
                    pick(pools.get(purpose), taken).ifPresent(o -> out.add(strength(o, new Reason(RuleCode.SUPPORT_WORK,
                            Text.words(category) + " support because your goals include " + goalsFor(category) + "; "
                                    + Text.fit(o, profile)))));
                }
            }
            while (out.size() < slots) {
                Optional<ExerciseOption> extra = pick(eligible, taken);
                if (extra.isEmpty()) break;
                out.add(strength(extra.get(), new Reason(RuleCode.STRENGTH_COUNT,
                        "Rounds the strengthening block out to " + slots + " moves (3 to 5, more as experience grows); "
                                + Text.fit(extra.get(), profile))));
            }
            return out;
        }

        private String goalsFor(String category) {
            List<String> goals = new ArrayList<>();
            if (profile.goals().contains(Goal.STRENGTH)) goals.add("strength");
            if (Categories.LOWER_BACK.equals(category) && profile.goals().contains(Goal.EASE_ACHES)) goals.add("easing aches");
            return Text.join(goals);
        }

        private Prescription strength(ExerciseOption option, Reason why) {
            return prescribe(option, Block.STRENGTHENING, Doses.strengthening(option, profile), why);
        }

        private List<Prescription> coolDown() {
            boolean extra = profile.deskWorker() || profile.goals().contains(Goal.POSTURE) || profile.goals().contains(Goal.EASE_ACHES);
            int wanted = Math.min(COOL_DOWN_MAX, COOL_DOWN_MIN + (extra ? 1 : 0));
            List<Prescription> out = new ArrayList<>();
            Set<UUID> taken = new HashSet<>();
            while (out.size() < wanted) {
                Optional<ExerciseOption> next = pick(pools.get(Purpose.STRETCH), taken);
                if (next.isEmpty()) break;
                var dose = Doses.stretch(next.get());
                out.add(prescribe(next.get(), Block.COOL_DOWN, dose, new Reason(RuleCode.COOL_DOWN,
                        "Static stretches only after the work, each held " + dose.holdSeconds() + " s and repeated "
                                + dose.repetitions() + " times; " + Text.fit(next.get(), profile))));
            }
            return out;
        }

        List<Prescription> postureBreaks() {
            if (!profile.deskWorker()) return List.of();
            List<ExerciseOption> moves = pools.get(Purpose.POSTURE_BREAK).stream()
                    .sorted(Comparator.comparing((ExerciseOption o) -> !Categories.POSTURE_BREAK.equals(o.category())))
                    .limit(MAX_BREAK_MOVES)
                    .toList();
            int reps = Math.max(1, BREAK_TARGET_SECONDS / (SessionEstimate.SECONDS_PER_REP * moves.size()));
            return moves.stream().map(o -> prescribe(o, Block.POSTURE_BREAK, new Reps(1, reps, null), new Reason(RuleCode.POSTURE_BREAKS,
                    "You work at a desk: a minute or two of posture resets during the day; " + Text.fit(o, profile)))).toList();
        }

        /** Keeps the week from repeating one strengthening block when a swap would keep every rule. */
        List<PlannedSession> varied(List<PlannedSession> sessions, Catalogue catalogue) {
            Optional<VarietyRule.Swap> swap = VarietyRule.swapFor(profile, catalogue, sessions);
            if (swap.isEmpty()) return sessions;
            VarietyRule.Swap s = swap.get();
            PlannedSession last = sessions.getLast();
            List<Prescription> block = new ArrayList<>(last.strengthening());
            block.replaceAll(p -> !p.exerciseId().equals(s.out().id()) ? p : prescribe(s.in(), Block.STRENGTHENING,
                    s.inDose(), new Reason(RuleCode.VARIETY, "Varies the week: replaces " + s.out().name()
                            + " in this session; " + Text.fit(s.in(), profile))));
            List<PlannedSession> out = new ArrayList<>(sessions);
            out.set(out.size() - 1, new PlannedSession(last.warmUp(), block, last.coolDown()));
            return out;
        }

        private Prescription prescribe(ExerciseOption option, Block block, Dose dose, Reason why) {
            List<Reason> reasons = new ArrayList<>(2);
            reasons.add(why);
            reasons.addAll(painNote);
            return new Prescription(option.id(), option.slug(), option.name(), block, dose, reasons);
        }

        /** The least-used option not yet in this block; the seed breaks ties. */
        private Optional<ExerciseOption> pick(List<ExerciseOption> pool, Set<UUID> taken) {
            int fewest = Integer.MAX_VALUE;
            List<ExerciseOption> best = new ArrayList<>();
            for (ExerciseOption option : pool) {
                if (taken.contains(option.id())) continue;
                int used = uses.getOrDefault(option.id(), 0);
                if (used < fewest) {
                    fewest = used;
                    best.clear();
                }
                if (used == fewest) best.add(option);
            }
            if (best.isEmpty()) return Optional.empty();
            ExerciseOption chosen = best.get(random.nextInt(best.size()));
            taken.add(chosen.id());
            uses.merge(chosen.id(), 1, Integer::sum);
            return Optional.of(chosen);
        }
    }
}
