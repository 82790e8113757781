package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.Dose.Reps;
import dev.upright.plan.generation.Dose.Timed;
import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;
import dev.upright.plan.generation.rules.PlanCheck;
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
        int perWeek = Frequency.sessionsPerWeek(profile);
        for (int w = 0; w < profile.planWeeks(); w++) {
            List<PlannedSession> sessions = new ArrayList<>(perWeek);
            for (int s = 0; s < perWeek; s++) {
                sessions.add(run.session());
            }
            PlannedWeek week = new PlannedWeek(run.varied(sessions));
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
        GeneratedPlan plan = new GeneratedPlan(weeks, run.postureBreaks(), Explanations.of(profile, pools, seed));
        // The safety net: the pools already worked out who may do what, so the rules reuse them.
        List<Violation> broken = PlanRules.checkAll(new PlanCheck(profile, pools, plan));
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

    /**
     * State of one generation: the random source and how often each exercise has been used. Exercises
     * are counted by catalogue position (of the first option with their id, so a duplicate id counts as one).
     */
    private static final class Run {
        /** What a prescription is for; with the exercise it fixes the reason text, so rows are built once a plan. */
        private enum Role { WARM_UP, ROW, POSTURE, LOWER_BACK, GRIP, EXTRA, COOL_DOWN }

        private static final int WARM_UP_LENGTHS_KEPT = 4;

        private final ClientProfile profile;
        private final Pools pools;
        private final Catalogue catalogue;
        private final RandomGenerator random;
        private final int[] uses;
        /** A position is taken in the current block when its mark equals {@link #block}. */
        private final int[] takenIn;
        private int block = 1;
        private final int[] best;
        /** Prescriptions built so far, by role and position (see {@link #prescribe(Role, int)}). */
        private final Prescription[] made;
        /** Warm-up moves built so far, {@link #WARM_UP_LENGTHS_KEPT} lengths per position (see {@link #warmUpMove}). */
        private final Prescription[] warmUps;
        private final List<Reason> painNote;
        private final List<String> support;
        private final int slots;
        private final int stretches;

        Run(ClientProfile profile, Pools pools, RandomGenerator random) {
            this.profile = profile;
            this.pools = pools;
            this.catalogue = pools.catalogue();
            this.random = random;
            int n = catalogue.options().size();
            this.uses = new int[n];
            this.takenIn = new int[n];
            this.best = new int[n];
            this.made = new Prescription[Role.values().length * n];
            this.warmUps = new Prescription[WARM_UP_LENGTHS_KEPT * n];
            this.painNote = profile.painAreas().isEmpty() ? List.of() : List.of(new Reason(RuleCode.PAIN_AREA,
                    "Leaves your reported pain areas (" + Text.sortedWords(profile.painAreas()) + ") unloaded"));
            this.support = Strengthening.supportWanted(profile, pools.get(Purpose.STRENGTHENING));
            int base = switch (profile.experience()) {
                case BEGINNER -> 3;
                case INTERMEDIATE -> 4;
                case ADVANCED -> 5;
            };
            this.slots = Math.min(Strengthening.MAX, Math.max(base, 2 + support.size()));
            boolean extra = profile.deskWorker() || profile.goals().contains(Goal.POSTURE) || profile.goals().contains(Goal.EASE_ACHES);
            this.stretches = Math.min(COOL_DOWN_MAX, COOL_DOWN_MIN + (extra ? 1 : 0));
        }

        PlannedSession session() {
            Rows warmUp = warmUp();
            Rows strengthening = strengthening();
            Rows coolDown = coolDown();
            Integer limit = profile.sessionMinutes();
            // Trim extras, stretches first, while the session is over the therapist's time limit.
            while (limit != null && total(warmUp, strengthening, coolDown) > limit * 60.0) {
                if (coolDown.size() > COOL_DOWN_MIN) coolDown.removeLast();
                else if (strengthening.size() > Strengthening.MIN) strengthening.removeLast();
                else break;
            }
            return new PlannedSession(warmUp.toList(), strengthening.toList(), coolDown.toList());
        }

        private static double total(Rows a, Rows b, Rows c) {
            return a.seconds() + b.seconds() + c.seconds();
        }

        /**
         * A block being filled: an array and a count, so the session's lists are made once, immutable, and
         * {@link PlannedSession} keeps them rather than copying an ArrayList twice.
         */
        private static final class Rows {
            private final Prescription[] rows;
            private int size;

            Rows(int capacity) {
                rows = new Prescription[capacity];
            }

            void add(Prescription p) {
                rows[size++] = p;
            }

            int size() {
                return size;
            }

            void removeLast() {
                rows[--size] = null;
            }

            double seconds() {
                return SessionEstimate.seconds(rows, size);
            }

            List<Prescription> toList() {
                Prescription[] r = rows;
                // The fixed-arity List.of keeps its argument array; the varargs one copies it
                return switch (size) {
                    case 0 -> List.of();
                    case 1 -> List.of(r[0]);
                    case 2 -> List.of(r[0], r[1]);
                    case 3 -> List.of(r[0], r[1], r[2]);
                    case 4 -> List.of(r[0], r[1], r[2], r[3]);
                    case 5 -> List.of(r[0], r[1], r[2], r[3], r[4]);
                    case 6 -> List.of(r[0], r[1], r[2], r[3], r[4], r[5]);
                    case 7 -> List.of(r[0], r[1], r[2], r[3], r[4], r[5], r[6]);
                    case 8 -> List.of(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
                    default -> List.of(java.util.Arrays.copyOf(r, size));
                };
            }
        }

        private Rows warmUp() {
            int[] pool = pools.atLevel(Purpose.WARM_UP).length > 0 ? pools.atLevel(Purpose.WARM_UP) : pools.positions(Purpose.WARM_UP);
            int[] moves = new int[pool.length];
            double[] minutes = new double[pool.length];
            int count = 0;
            double sum = 0;
            newBlock();
            while (sum < WARM_UP_TARGET_MINUTES) {
                int next = pick(pool);
                if (next < 0) break;
                moves[count] = next;
                minutes[count] = Doses.warmUpMinutes(catalogue.options().get(next));
                sum += minutes[count];
                count++;
            }
            // Too few moves to reach 5 minutes: lengthen them in turn, half a minute at a time, up to 2 minutes each.
            for (int i = 0; sum < WARM_UP_TARGET_MINUTES; i = i + 1 == count ? 0 : i + 1) {
                if (minutes[i] < Doses.WARM_UP_MOVE_MAX_MINUTES) {
                    double more = Math.min(0.5, Doses.WARM_UP_MOVE_MAX_MINUTES - minutes[i]);
                    minutes[i] = minutes[i] + more;
                    sum += more;
                }
            }
            if (sum > WARM_UP_MAX_MINUTES) {
                minutes[count - 1] = minutes[count - 1] - (sum - WARM_UP_TARGET_MINUTES);
            }
            Rows out = new Rows(count);
            for (int i = 0; i < count; i++) {
                out.add(warmUpMove(moves[i], minutes[i]));
            }
            return out;
        }

        private Rows strengthening() {
            Rows out = new Rows(slots);
            newBlock();
            int row = pickPreferringLevel(Purpose.ROW);
            if (row >= 0) out.add(prescribe(Role.ROW, row));
            int posture = pickPreferringLevel(Purpose.POSTURE);
            if (posture >= 0) out.add(prescribe(Role.POSTURE, posture));
            for (String category : support) {
                boolean lowerBack = Categories.LOWER_BACK.equals(category);
                if (out.size() < slots) {
                    int next = pickPreferringLevel(lowerBack ? Purpose.LOWER_BACK : Purpose.GRIP);
                    if (next >= 0) out.add(prescribe(lowerBack ? Role.LOWER_BACK : Role.GRIP, next));
                }
            }
            while (out.size() < slots) {
                int extra = pickPreferringLevel(Purpose.STRENGTHENING);
                if (extra < 0) break;
                out.add(prescribe(Role.EXTRA, extra));
            }
            return out;
        }

        private String goalsFor(String category) {
            List<String> goals = new ArrayList<>();
            if (profile.goals().contains(Goal.STRENGTH)) goals.add("strength");
            if (Categories.LOWER_BACK.equals(category) && profile.goals().contains(Goal.EASE_ACHES)) goals.add("easing aches");
            return Text.join(goals);
        }

        private Rows coolDown() {
            int[] pool = pools.atLevel(Purpose.STRETCH).length >= stretches ? pools.atLevel(Purpose.STRETCH) : pools.positions(Purpose.STRETCH);
            Rows out = new Rows(stretches);
            newBlock();
            while (out.size() < stretches) {
                int next = pick(pool);
                if (next < 0) break;
                out.add(prescribe(Role.COOL_DOWN, next));
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

        /** Why an exercise is in its block, in words; the same role and exercise always give the same text. */
        private String why(Role role, int position, Dose dose) {
            String fit = catalogue.fit(position, profile.experience(), pools.setupIndex(position));
            return switch (role) {
                case WARM_UP -> "A dynamic warm-up of about 5 minutes comes first; " + fit;
                case ROW -> "At least one rowing move per session; " + fit;
                case POSTURE -> "At least one posture-focused move per session; " + fit;
                case LOWER_BACK -> Text.words(Categories.LOWER_BACK) + " support because your goals include "
                        + goalsFor(Categories.LOWER_BACK) + "; " + fit;
                case GRIP -> Text.words(Categories.GRIP) + " support because your goals include "
                        + goalsFor(Categories.GRIP) + "; " + fit;
                case EXTRA -> "Rounds the strengthening block out to " + slots + " moves (3 to 5, more as experience grows); " + fit;
                case COOL_DOWN -> {
                    Dose.Hold hold = (Dose.Hold) dose;
                    yield "Static stretches only after the work, each held " + hold.holdSeconds() + " s and repeated "
                            + hold.repetitions() + " times; " + fit;
                }
            };
        }

        private static RuleCode rule(Role role) {
            return switch (role) {
                case WARM_UP -> RuleCode.WARM_UP;
                case ROW -> RuleCode.ROW_REQUIRED;
                case POSTURE -> RuleCode.POSTURE_MOVE_REQUIRED;
                case LOWER_BACK, GRIP -> RuleCode.SUPPORT_WORK;
                case EXTRA -> RuleCode.STRENGTH_COUNT;
                case COOL_DOWN -> RuleCode.COOL_DOWN;
            };
        }

        /**
         * The strengthening or cool-down prescription of the exercise at {@code position} in its role. Its dose
         * and reason only depend on the exercise and the client, and records are immutable, so the first one
         * built in the plan is handed out again.
         */
        private Prescription prescribe(Role role, int position) {
            int slot = role.ordinal() * catalogue.options().size() + position;
            Prescription earlier = made[slot];
            if (earlier != null) return earlier;
            ExerciseOption option = catalogue.options().get(position);
            Dose dose = role == Role.COOL_DOWN ? Doses.stretch(option) : Doses.strengthening(option, profile);
            Block block = role == Role.COOL_DOWN ? Block.COOL_DOWN : Block.STRENGTHENING;
            Prescription p = prescribe(option, pools.setup(position), block, dose, new Reason(rule(role), why(role, position, dose)));
            made[slot] = p;
            return p;
        }

        /**
         * A warm-up move, reused like {@link #prescribe(Role, int)}. Its minutes vary by session (lengthened,
         * or the last move trimmed), so the last few lengths of each move are kept.
         */
        private Prescription warmUpMove(int position, double minutes) {
            int first = position * WARM_UP_LENGTHS_KEPT;
            for (int k = first; k < first + WARM_UP_LENGTHS_KEPT && warmUps[k] != null; k++) {
                // Double.compare, as the record's equals compares a double component
                if (Double.compare(((Timed) warmUps[k].dose()).minutes(), minutes) == 0) return warmUps[k];
            }
            Dose dose = new Timed(minutes);
            Prescription p = prescribe(catalogue.options().get(position), pools.setup(position), Block.WARM_UP, dose,
                    new Reason(RuleCode.WARM_UP, why(Role.WARM_UP, position, dose)));
            System.arraycopy(warmUps, first, warmUps, first + 1, WARM_UP_LENGTHS_KEPT - 1);
            warmUps[first] = p;
            return p;
        }

        /** Keeps the week from repeating one strengthening block when a swap would keep every rule. */
        List<PlannedSession> varied(List<PlannedSession> sessions) {
            Optional<VarietyRule.Swap> swap = VarietyRule.swapFor(profile, pools, sessions);
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
            return prescribe(option, Eligibility.setupFor(option, profile).orElse(null), block, dose, why);
        }

        private Prescription prescribe(ExerciseOption option, Setup setup, Block block, Dose dose, Reason why) {
            List<Reason> reasons = new ArrayList<>(2);
            reasons.add(why);
            reasons.addAll(painNote);
            return new Prescription(option.id(), option.slug(), option.name(), block, dose, reasons, setup);
        }

        /**
         * A move at the client's level when one is left for this block; otherwise one a level above, done as its
         * lighter version (see {@link Eligibility#withinReach}).
         */
        private int pickPreferringLevel(Purpose purpose) {
            int chosen = pick(pools.atLevel(purpose));
            return chosen >= 0 ? chosen : pick(pools.positions(purpose));
        }

        /** Starts a block: nothing is taken in it yet. */
        private void newBlock() {
            block++;
        }

        /**
         * The least-used option of the pool (catalogue positions) not yet in this block, or -1; the seed
         * breaks ties among the least used, in pool order.
         */
        private int pick(int[] pool) {
            int fewest = Integer.MAX_VALUE;
            int tied = 0;
            for (int position : pool) {
                int key = catalogue.canonical(position);
                if (takenIn[key] == block) continue;
                int used = uses[key];
                if (used < fewest) {
                    fewest = used;
                    tied = 0;
                }
                if (used == fewest) best[tied++] = position;
            }
            if (tied == 0) return -1;
            int chosen = best[random.nextInt(tied)];
            int key = catalogue.canonical(chosen);
            takenIn[key] = block;
            uses[key]++;
            return chosen;
        }
    }
}
