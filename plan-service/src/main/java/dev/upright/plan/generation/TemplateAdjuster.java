package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;

/**
 * Starts a client's plan from a clinic's template. Every template exercise the client can do stays,
 * with its dose lowered where it is above what the client's level starts with. One the client cannot
 * do (equipment, level, pain area, contraindication, retired, or a static stretch in the warm-up) is
 * replaced by the closest one they can do: first an easier variation along its progression chain,
 * then another exercise of the same category and movement, then of the same category, the nearest in
 * muscles first. Each replacement's reason names what it replaced, the rule that ruled it out and why.
 * A block that cannot be filled again (a row with no row left to replace it, too few stretches)
 * makes the answer {@link Unsatisfiable}, with the fix the generator would suggest.
 *
 * <p>Pure and deterministic: the same template, profile and catalogue give the same plan.
 */
public final class TemplateAdjuster {

    /**
     * A saved plan without any client's data: weeks of sessions and the daily posture breaks, each
     * exercise with its block and dose (reasons are left empty; the adjuster writes new ones).
     */
    public record Template(String name, List<PlannedWeek> weeks, List<Prescription> postureBreaks) {
        public Template {
            Objects.requireNonNull(name, "name");
            weeks = List.copyOf(weeks);
            postureBreaks = List.copyOf(postureBreaks);
            if (weeks.isEmpty()) throw new IllegalArgumentException("a template has at least one week");
        }

        public int sessionsPerWeek() {
            return weeks.stream().mapToInt(w -> w.sessions().size()).max().orElse(0);
        }
    }

    /**
     * @param catalogue what the client's plan may be built from (the clinic's current, plannable exercises)
     * @param known     every exercise the clinic can see, retired ones too, to know what a retired template exercise was
     */
    public GenerationResult adjust(Template template, ClientProfile profile, Catalogue catalogue, Catalogue known) {
        Run run = new Run(template, profile, catalogue, known);
        int weeks = profile.weeks() == null ? template.weeks().size() : profile.weeks();
        if (weeks < 1 || weeks > PlanGenerator.MAX_WEEKS) {
            return new Unsatisfiable(List.of(new Violation(RuleCode.PLAN_LENGTH, "A plan of " + weeks + " weeks was asked for.",
                    "Choose a plan length from 1 to " + PlanGenerator.MAX_WEEKS + " weeks.")));
        }
        List<PlannedWeek> out = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            // A longer plan than the template repeats the template's weeks in turn
            PlannedWeek source = template.weeks().get(w % template.weeks().size());
            List<PlannedSession> sessions = new ArrayList<>();
            for (int s = 0; s < source.sessions().size(); s++) {
                sessions.add(run.session(source.sessions().get(s), "week " + (w + 1) + ", session " + (s + 1)));
            }
            out.add(new PlannedWeek(sessions));
        }
        List<Prescription> breaks = run.postureBreaks();
        List<Violation> unfilled = run.unfilled();
        if (!unfilled.isEmpty()) return new Unsatisfiable(unfilled);
        return new Generated(new GeneratedPlan(out, breaks, run.explanations(weeks)));
    }

    /** Where a template exercise could not be replaced, for the violation naming the block. */
    private record Gap(RuleCode rule, Purpose purpose, int needed, String where, String block) {
    }

    /** A replacement and how it relates to the exercise it replaces, in words. */
    private record Pick(ExerciseOption option, String how) {
    }

    private static final class Run {
        private final Template template;
        private final ClientProfile profile;
        private final Catalogue catalogue;
        private final Catalogue known;
        /** Who may do what, worked out once for the whole template rather than for every row and candidate. */
        private final Pools pools;
        private final List<Gap> gaps = new ArrayList<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private int kept;
        private int replaced;

        Run(Template template, ClientProfile profile, Catalogue catalogue, Catalogue known) {
            this.template = template;
            this.profile = profile;
            this.catalogue = catalogue;
            this.known = known;
            this.pools = Pools.of(profile, catalogue);
        }

        /** The catalogue position of this very option, or -1 when it is not the catalogue's (e.g. a duplicate id). */
        private int positionOf(ExerciseOption option) {
            int position = catalogue.indexOf(option.id());
            return position >= 0 && catalogue.options().get(position) == option ? position : -1;
        }

        private String fit(ExerciseOption option) {
            int position = positionOf(option);
            return position >= 0 && pools.setupIndex(position) >= 0
                    ? catalogue.fit(position, profile.experience(), pools.setupIndex(position)) : Text.fit(option, profile);
        }

        PlannedSession session(PlannedSession source, String where) {
            List<Prescription> warmUp = lengthened(block(source.warmUp(), Block.WARM_UP, where), source.warmUp());
            List<Prescription> strengthening = block(source.strengthening(), Block.STRENGTHENING, where);
            List<Prescription> coolDown = block(source.coolDown(), Block.COOL_DOWN, where);
            checkFilled(source, warmUp, strengthening, coolDown, where);
            return new PlannedSession(warmUp, strengthening, coolDown);
        }

        List<Prescription> postureBreaks() {
            if (!profile.deskWorker()) {
                if (!template.postureBreaks().isEmpty()) {
                    notes.add("The template's daily posture breaks are left out: the client does not work at a desk");
                }
                return List.of();
            }
            List<Prescription> breaks = block(template.postureBreaks(), Block.POSTURE_BREAK, "daily posture breaks");
            if (breaks.isEmpty()) {
                // A desk worker gets the breaks the generator would give when the template has none they can do
                breaks = PlanGenerator.postureBreaks(profile, catalogue);
                if (breaks.isEmpty()) {
                    gaps.add(new Gap(RuleCode.POSTURE_BREAKS, Purpose.POSTURE_BREAK, 1, "the daily posture breaks",
                            Block.POSTURE_BREAK.label()));
                }
            }
            return breaks;
        }

        private List<Prescription> block(List<Prescription> rows, Block block, String where) {
            Set<UUID> taken = new HashSet<>();
            rows.stream().filter(p -> catalogue.find(p.exerciseId()).filter(o -> canDo(o, block)).isPresent())
                    .forEach(p -> taken.add(p.exerciseId()));
            List<Prescription> out = new ArrayList<>();
            for (Prescription row : rows) {
                Optional<ExerciseOption> current = catalogue.find(row.exerciseId());
                if (current.isPresent() && canDo(current.get(), block)) {
                    out.add(keep(row, current.get()));
                    kept++;
                    continue;
                }
                Optional<ExerciseOption> original = current.or(() -> known.find(row.exerciseId()));
                Exclusion why = exclusion(row, original, block);
                Optional<Pick> pick = original.flatMap(o -> replacement(o, block, taken));
                if (pick.isPresent()) {
                    taken.add(pick.get().option().id());
                    out.add(replace(row, pick.get(), why));
                    replaced++;
                } else {
                    // Left out; the block is checked as a whole afterwards (checkFilled, postureBreaks)
                    notes.add(row.name() + " (" + block.label() + ") " + why.detail() + " and nothing the client can do replaces it");
                }
            }
            return out;
        }

        /**
         * A warm-up that lost a move the client could not do and nothing replaced: the other moves run longer in
         * turn, half a minute at a time and up to 2 minutes each, until it is as long as the template's (5 minutes at most).
         */
        private static List<Prescription> lengthened(List<Prescription> warmUp, List<Prescription> planned) {
            double target = Math.min(SessionEstimate.warmUpMinutes(planned), PlanGenerator.WARM_UP_TARGET_MINUTES);
            List<Prescription> out = new ArrayList<>(warmUp);
            boolean longer = true;
            while (SessionEstimate.warmUpMinutes(out) < target - 1e-9 && longer) {
                longer = false;
                for (int i = 0; i < out.size() && SessionEstimate.warmUpMinutes(out) < target - 1e-9; i++) {
                    Prescription p = out.get(i);
                    if (p.dose() instanceof Dose.Timed t && t.minutes() < Doses.WARM_UP_MOVE_MAX_MINUTES) {
                        double minutes = Math.min(Doses.WARM_UP_MOVE_MAX_MINUTES, t.minutes() + 0.5);
                        List<Reason> reasons = new ArrayList<>(p.reasons().stream().filter(r -> !r.text().startsWith("Lengthened")).toList());
                        reasons.add(new Reason(RuleCode.WARM_UP, "Lengthened to " + Text.minutes(minutes)
                                + " min so that the warm-up still lasts about as long as the template's"));
                        out.set(i, p.withDose(new Dose.Timed(minutes), reasons));
                        longer = true;
                    }
                }
            }
            return out;
        }

        private boolean canDo(ExerciseOption option, Block block) {
            int position = positionOf(option);
            boolean fits = position >= 0 ? pools.exclusions(position).isEmpty() : Eligibility.fits(option, profile);
            return fits && !(block == Block.WARM_UP && option.isStaticStretch());
        }

        private Prescription keep(Prescription row, ExerciseOption option) {
            List<Reason> reasons = new ArrayList<>();
            reasons.add(new Reason(RuleCode.TEMPLATE, "From the template \"" + template.name() + "\"; " + fit(option)));
            Dose dose = row.block() == Block.STRENGTHENING ? Doses.forClient(row.dose(), option, profile) : Doses.forLevel(row.dose(), profile);
            if (!dose.equals(row.dose())) {
                reasons.add(new Reason(RuleCode.LIGHT_START, "The template's " + Doses.describe(row.dose()) + " lowered to "
                        + Doses.describe(dose) + ": a " + profile.experience().label() + " starts with at most "
                        + Doses.BEGINNER_MAX_SETS + " sets and " + (int) Doses.BEGINNER_MAX_LOAD_KG + " kg"));
            }
            return new Prescription(option.id(), option.slug(), option.name(), row.block(), dose, reasons, setupOf(option));
        }

        private Setup setupOf(ExerciseOption option) {
            int position = positionOf(option);
            return position >= 0 ? pools.setup(position) : Eligibility.setupFor(option, profile).orElse(null);
        }

        private Prescription replace(Prescription row, Pick pick, Exclusion why) {
            ExerciseOption in = pick.option();
            String text = "Replaces " + row.name() + " of the template \"" + template.name() + "\", which " + why.detail()
                    + ": " + in.name() + " is " + pick.how() + "; " + fit(in);
            return new Prescription(in.id(), in.slug(), in.name(), row.block(), replacementDose(row.dose(), in, row.block()),
                    List.of(new Reason(why.rule(), text)), setupOf(in));
        }

        /**
         * The template's dose where it has the replacement's shape (a load is dropped: it was chosen for
         * another exercise), else the replacement's own dose for the block; then lowered for the level.
         */
        private Dose replacementDose(Dose planned, ExerciseOption in, Block block) {
            Dose own = switch (block) {
                case WARM_UP -> new Dose.Timed(Doses.warmUpMinutes(in));
                case COOL_DOWN -> Doses.stretch(in);
                case STRENGTHENING, POSTURE_BREAK -> in.dose();
            };
            Dose chosen = planned.getClass() != own.getClass() ? own
                    : planned instanceof Dose.Reps r ? new Dose.Reps(r.sets(), r.reps(), null) : planned;
            return block == Block.STRENGTHENING ? Doses.forClient(chosen, in, profile) : Doses.forLevel(chosen, profile);
        }

        private record Exclusion(RuleCode rule, String detail) {
        }

        /** The first rule that rules the template's exercise out, and every reason in words. */
        private Exclusion exclusion(Prescription row, Optional<ExerciseOption> original, Block block) {
            if (original.isEmpty() || catalogue.find(row.exerciseId()).isEmpty()) {
                return new Exclusion(RuleCode.KNOWN_EXERCISE, "is no longer in the clinic's catalogue");
            }
            List<Eligibility.Exclusion> exclusions = Eligibility.exclusions(original.get(), profile);
            if (exclusions.isEmpty()) {
                return new Exclusion(RuleCode.WARM_UP, "is a static stretch, and stretches never come in the " + block.label());
            }
            return new Exclusion(exclusions.getFirst().kind().rule(),
                    Text.join(exclusions.stream().map(Eligibility.Exclusion::detail).toList()));
        }

        /** Easier variations first, then the same movement, then the same category; the nearest in muscles wins. */
        private Optional<Pick> replacement(ExerciseOption original, Block block, Set<UUID> taken) {
            Predicate<ExerciseOption> usable = o -> !taken.contains(o.id()) && !o.id().equals(original.id()) && canDo(o, block);
            Set<UUID> seen = new HashSet<>();
            int steps = 0;
            for (UUID id = original.easierId(); id != null && seen.add(id); ) {
                Optional<ExerciseOption> step = known.find(id);
                if (step.isEmpty()) break;
                steps++;
                Optional<ExerciseOption> plannable = catalogue.find(id).filter(usable);
                if (plannable.isPresent()) {
                    return Optional.of(new Pick(plannable.get(), steps == 1 ? "its easier variation"
                            : "an easier variation along its progression (" + steps + " steps down)"));
                }
                id = step.get().easierId();
            }
            Optional<Pick> sameMovement = nearest(original, usable.and(o -> o.category().equals(original.category())
                    && o.movement().equals(original.movement())))
                    .map(o -> new Pick(o, "another " + Text.words(original.movement()) + " exercise"));
            if (sameMovement.isPresent()) return sameMovement;
            Optional<Pick> sameCategory = nearest(original, usable.and(o -> o.category().equals(original.category())))
                    .map(o -> new Pick(o, "another " + Text.words(original.category()) + " exercise"));
            if (sameCategory.isPresent()) return sameCategory;
            // Last, anything doing the block's job, so the block keeps its size (a row lost this way still fails checkFilled)
            Purpose job = purpose(block);
            return nearest(original, usable.and(job::matches)).map(o -> new Pick(o, "another " + job.what()));
        }

        private static Purpose purpose(Block block) {
            return switch (block) {
                case WARM_UP -> Purpose.WARM_UP;
                case STRENGTHENING -> Purpose.STRENGTHENING;
                case COOL_DOWN -> Purpose.STRETCH;
                case POSTURE_BREAK -> Purpose.POSTURE_BREAK;
            };
        }

        private Optional<ExerciseOption> nearest(ExerciseOption original, Predicate<ExerciseOption> candidates) {
            // Catalogue order (slug, id) breaks ties, so the choice never depends on load order
            return catalogue.options().stream().filter(candidates)
                    .max(Comparator.comparingInt((ExerciseOption o) -> overlap(original, o))
                            .thenComparing(ExerciseOption::slug, Comparator.reverseOrder())
                            .thenComparing(ExerciseOption::id, Comparator.reverseOrder()));
        }

        /** Shared primary muscles count twice, shared muscles of any kind once. */
        private static int overlap(ExerciseOption a, ExerciseOption b) {
            int score = 0;
            for (String m : a.primaryMuscles()) {
                if (b.primaryMuscles().contains(m)) score += 2;
                else if (b.secondaryMuscles().contains(m)) score += 1;
            }
            for (String m : a.secondaryMuscles()) {
                if (b.primaryMuscles().contains(m) || b.secondaryMuscles().contains(m)) score += 1;
            }
            return score;
        }

        /** A block that held its rule in the template but no longer does, because an exercise could not be replaced. */
        private void checkFilled(PlannedSession source, List<Prescription> warmUp, List<Prescription> strengthening,
                List<Prescription> coolDown, String where) {
            List<ExerciseOption> before = options(source.strengthening(), known);
            List<ExerciseOption> after = options(strengthening, catalogue);
            String block = Block.STRENGTHENING.label();
            if (Strengthening.hasRow(before) && !Strengthening.hasRow(after)) {
                gaps.add(new Gap(RuleCode.ROW_REQUIRED, Purpose.ROW, 1, where, block));
            }
            if (Strengthening.hasPostureMove(before) && !Strengthening.hasPostureMove(after)) {
                gaps.add(new Gap(RuleCode.POSTURE_MOVE_REQUIRED, Purpose.POSTURE, 1, where, block));
            }
            if (before.size() >= Strengthening.MIN && after.size() < Strengthening.MIN) {
                gaps.add(new Gap(RuleCode.STRENGTH_COUNT, Purpose.STRENGTHENING, Strengthening.MIN, where, block));
            }
            if (SessionEstimate.warmUpMinutes(source.warmUp()) >= PlanGenerator.WARM_UP_MIN_MINUTES
                    && SessionEstimate.warmUpMinutes(warmUp) < PlanGenerator.WARM_UP_MIN_MINUTES) {
                gaps.add(new Gap(RuleCode.WARM_UP, Purpose.WARM_UP, Preflight.warmUpMovesNeeded(), where, Block.WARM_UP.label()));
            }
            if (source.coolDown().size() >= PlanGenerator.COOL_DOWN_MIN && coolDown.size() < PlanGenerator.COOL_DOWN_MIN) {
                gaps.add(new Gap(RuleCode.COOL_DOWN, Purpose.STRETCH, PlanGenerator.COOL_DOWN_MIN, where, Block.COOL_DOWN.label()));
            }
        }

        private static List<ExerciseOption> options(List<Prescription> rows, Catalogue from) {
            return rows.stream().flatMap(p -> from.find(p.exerciseId()).stream()).toList();
        }

        /** One violation per rule, naming the first session it happens in and how many more, with the generator's fix. */
        List<Violation> unfilled() {
            Map<RuleCode, List<Gap>> byRule = new LinkedHashMap<>();
            gaps.forEach(g -> byRule.computeIfAbsent(g.rule(), k -> new ArrayList<>()).add(g));
            List<Violation> out = new ArrayList<>();
            byRule.forEach((rule, list) -> {
                Gap first = list.getFirst();
                String more = list.size() == 1 ? "" : " and " + (list.size() - 1) + " more";
                Violation shortfall = Shortfall.of(rule, first.purpose(), first.needed(), profile, catalogue);
                out.add(new Violation(rule, "The template's " + first.block() + " block cannot be filled again in "
                        + first.where() + more + ". " + shortfall.detail(), shortfall.fix()));
            });
            return out;
        }

        List<Reason> explanations(int weeks) {
            List<Reason> out = new ArrayList<>();
            out.add(new Reason(RuleCode.TEMPLATE, "Started from the clinic's template \"" + template.name() + "\": "
                    + kept + " prescription(s) kept (some with a lighter dose), " + replaced
                    + " replaced by exercises this client can do"));
            int sessions = template.sessionsPerWeek();
            String usual = Frequency.usualMin(profile.experience()) + " to " + Frequency.usualMax(profile.experience());
            out.add(new Reason(RuleCode.FREQUENCY, sessions + " sessions a week, as in the template"
                    + (sessions >= Frequency.usualMin(profile.experience()) && sessions <= Frequency.usualMax(profile.experience())
                            ? "" : ", although " + usual + " is usual for a " + profile.experience().label())));
            out.add(new Reason(RuleCode.PLAN_LENGTH, weeks + " weeks" + (profile.weeks() == null ? ", as in the template"
                    : ", as the therapist set" + (weeks > template.weeks().size()
                            ? "; the template's " + template.weeks().size() + " week(s) repeat in turn" : ""))));
            if (!notes.isEmpty()) out.add(new Reason(RuleCode.TEMPLATE, "Left out: " + String.join("; ", notes)));
            out.add(new Reason(RuleCode.DETERMINISM, "Built from catalogue version " + catalogue.version()
                    + " and the template; the same template, profile and catalogue always give this plan"));
            return out;
        }
    }
}
