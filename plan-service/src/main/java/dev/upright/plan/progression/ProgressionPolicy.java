package dev.upright.plan.progression;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;

import dev.upright.contracts.progress.Pain;
import dev.upright.contracts.progress.PainKind;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Reason;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Text;
import dev.upright.plan.progression.Decision.NoChange;
import dev.upright.plan.progression.Decision.Pause;
import dev.upright.plan.progression.Decision.Progress;
import dev.upright.plan.progression.Decision.Regress;
import dev.upright.plan.progression.ProgressionSettings.OnPain;

/**
 * Decides, for one exercise, whether to step up, stay, pause or step down. Pure: the same inputs give
 * the same decision, and there is no clock; "now" is the newest logged result. Rules are checked in
 * this order, the first that applies decides:
 * <ol>
 * <li>Pain safety: any result since the last change with sharp, worsening or unrecognised pain, or a
 * score at or above the clinic's threshold, pauses the exercise (or regresses it, if the clinic says
 * so). This ignores the weekly pace: stopping is never too soon.</li>
 * <li>Readiness: the latest N results (N from the clinic) must each be completed as prescribed, at an
 * effort no higher than the clinic's maximum, and pain-free. Pain-free means a score of 0, or mild
 * tension below the threshold: the design sets "mild, easing tension" apart from pain.</li>
 * <li>Pace: at most one step per 7 days, counted from the last change to the newest result.</li>
 * <li>Order: second set, third set, slightly heavier load (skipped when nothing can be heavier),
 * harder variation (only one the client may do: equipment, level, contraindications, pain areas).</li>
 * </ol>
 */
public final class ProgressionPolicy {

    public static final Duration MIN_TIME_BETWEEN_STEPS = Duration.ofDays(7);

    private static final String STOP_ADVICE =
            "Stop this exercise and talk to your therapist or another health professional before doing it again.";

    private ProgressionPolicy() {
    }

    /**
     * @param history results for this exercise; results from before the last change are ignored
     * @param options the catalogue by id, for the harder and easier variations (e.g. {@code catalogue::find})
     */
    public static Decision decide(ClientProfile client, CurrentExercise current, List<SessionResult> history,
                                  ProgressionSettings settings, Function<UUID, Optional<ExerciseOption>> options) {
        List<SessionResult> since = history.stream()
                .filter(r -> !r.performedAt().isBefore(current.lastChangedAt()))
                .sorted(Comparator.comparing(SessionResult::performedAt).thenComparing(SessionResult::sessionId))
                .toList();
        String name = current.option().name();
        if (since.isEmpty()) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_READINESS,
                    name + ": no sessions logged since the last change on " + day(current.lastChangedAt())), List.of());
        }

        List<SessionResult> painful = since.stream().filter(r -> concerningPain(r, settings)).toList();
        if (!painful.isEmpty()) return onPain(client, current, painful, settings, options);

        int n = settings.qualifyingSessions();
        if (since.size() < n) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_READINESS, name + ": " + since.size() + " of the "
                    + n + " sessions needed since the last change (" + sessions(since) + ")"), ids(since));
        }
        List<SessionResult> latest = since.subList(since.size() - n, since.size());
        List<String> shortfalls = latest.stream()
                .map(r -> shortfall(r, settings)).flatMap(Optional::stream).toList();
        if (!shortfalls.isEmpty()) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_READINESS, name + " stays as it is: each of the last "
                    + n + " sessions must be complete, pain-free and at effort " + settings.maxManageableRpe()
                    + " or less, but " + Text.join(shortfalls)), ids(latest));
        }

        Instant now = since.getLast().performedAt();
        Instant earliest = current.lastChangedAt().plus(MIN_TIME_BETWEEN_STEPS);
        if (now.isBefore(earliest)) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_PACE, name + " is ready to progress (" + sessions(latest)
                    + ") but changed last on " + day(current.lastChangedAt()) + "; at most one step a week, so not before "
                    + day(earliest)), ids(latest));
        }
        return nextStep(client, current, latest, options);
    }

    /**
     * From when results count for an exercise last changed at {@code lastChange}, given the result just logged.
     * Pain is never too old to stop an exercise: a session logged late, or dated to the minute before the plan's
     * activation, still pauses it, so concerning pain moves the window back to itself. Only progression waits for
     * results after a change.
     */
    public static Instant countingFrom(Instant lastChange, SessionResult incoming, ProgressionSettings settings) {
        return concerningPain(incoming, settings) && incoming.performedAt().isBefore(lastChange)
                ? incoming.performedAt() : lastChange;
    }

    /** Sharp, worsening or unrecognised pain, or any pain at or above the clinic's progression threshold. */
    public static boolean concerningPain(SessionResult r, ProgressionSettings settings) {
        return Pain.concerning(r.painScore(), r.painKind(), settings.painThreshold());
    }

    /** No pain, or mild tension below the threshold. A score with no kind is not taken as tension. */
    public static boolean painFree(SessionResult r, ProgressionSettings settings) {
        if (concerningPain(r, settings)) return false;
        return r.painScore() == 0 || r.painKind() == PainKind.MILD_TENSION;
    }

    private static Optional<String> shortfall(SessionResult r, ProgressionSettings settings) {
        String id = "session " + r.sessionId() + " on " + day(r.performedAt());
        if (!r.completedAsPrescribed()) return Optional.of(id + " was not completed as prescribed");
        if (r.rpe() == null) return Optional.of(id + " has no effort logged");
        if (r.rpe() > settings.maxManageableRpe()) return Optional.of(id + " was at effort " + r.rpe());
        if (!painFree(r, settings)) return Optional.of(id + " had pain (score " + r.painScore() + ")");
        return Optional.empty();
    }

    private static Decision onPain(ClientProfile client, CurrentExercise current, List<SessionResult> painful,
                                   ProgressionSettings settings, Function<UUID, Optional<ExerciseOption>> options) {
        String what = current.option().name() + ": " + painDescription(painful, settings) + " since the last change ("
                + sessions(painful) + ")";
        if (settings.onPain() == OnPain.REGRESS) {
            Optional<ExerciseOption> easier = variation(current.option().easierId(), client, options);
            if (easier.isPresent()) {
                ExerciseOption e = easier.get();
                return new Regress(e.id(), Doses.strengthening(e, client), new Reason(RuleCode.PAIN_SAFETY,
                        what + "; the clinic regresses on pain, so it is replaced by the easier " + e.name()
                                + ". Stop if the pain comes back and tell your therapist."), ids(painful));
            }
            OptionalInt sets = sets(current.dose());
            if (sets.isPresent() && sets.getAsInt() > 1) {
                return new Regress(null, withSets(current.dose(), sets.getAsInt() - 1), new Reason(RuleCode.PAIN_SAFETY,
                        what + "; the clinic regresses on pain and there is no easier variation the client can do, so one set "
                                + "fewer (" + (sets.getAsInt() - 1) + "). Stop if the pain comes back and tell your therapist."),
                        ids(painful));
            }
            return new Pause(new Reason(RuleCode.PAIN_SAFETY, what + "; there is nothing easier to regress to, so it is "
                    + "paused. " + STOP_ADVICE), ids(painful));
        }
        return new Pause(new Reason(RuleCode.PAIN_SAFETY, what + "; paused. " + STOP_ADVICE), ids(painful));
    }

    private static String painDescription(List<SessionResult> painful, ProgressionSettings settings) {
        boolean kinds = painful.stream().anyMatch(r -> Pain.concerning(r.painKind()));
        boolean scores = painful.stream().anyMatch(r -> r.painScore() >= settings.painThreshold());
        String kindText = "sharp or worsening pain";
        String scoreText = "pain scored " + settings.painThreshold() + " or more";
        return kinds && scores ? kindText + " and " + scoreText : kinds ? kindText : scoreText;
    }

    private static Decision nextStep(ClientProfile client, CurrentExercise current, List<SessionResult> latest,
                                     Function<UUID, Optional<ExerciseOption>> options) {
        ExerciseOption option = current.option();
        String earned = option.name() + ": " + sessions(latest) + " were complete, pain-free and at a manageable effort, and "
                + "the last change was on " + day(current.lastChangedAt()) + ", so ";
        OptionalInt sets = sets(current.dose());
        if (sets.isPresent() && sets.getAsInt() < 3) {
            Step step = sets.getAsInt() < 2 ? Step.SECOND_SET : Step.THIRD_SET;
            Dose dose = withSets(current.dose(), sets.getAsInt() + 1);
            return new Progress(step, dose, null, new Reason(RuleCode.PROGRESSION_ORDER, earned + step.label()
                    + ": now " + Doses.describe(dose)), ids(latest));
        }
        if (!current.heavierLoadTaken()) {
            Optional<Loads.Increase> heavier = Loads.heavier(current.setup(), current.dose());
            if (heavier.isPresent()) {
                return new Progress(Step.HEAVIER_LOAD, heavier.get().newDose(), null, new Reason(RuleCode.PROGRESSION_ORDER,
                        earned + Step.HEAVIER_LOAD.label() + ": " + heavier.get().description()), ids(latest));
            }
        }
        String stay = option.name() + " stays at " + Doses.describe(current.dose()) + " although " + sessions(latest)
                + " were good: ";
        if (option.harderId() == null) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_ORDER, stay + "it is the hardest variation of its "
                    + "chain; the therapist may choose what comes next"), ids(latest));
        }
        Optional<ExerciseOption> harder = options.apply(option.harderId());
        if (harder.isEmpty()) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_ORDER, stay + "its harder variation is not in the "
                    + "catalogue"), ids(latest));
        }
        List<Eligibility.Exclusion> why = Eligibility.exclusions(harder.get(), client);
        if (!why.isEmpty()) {
            return new NoChange(new Reason(RuleCode.PROGRESSION_ORDER, stay + "the harder " + harder.get().name() + " "
                    + Text.join(why.stream().map(Eligibility.Exclusion::detail).toList())), ids(latest));
        }
        ExerciseOption h = harder.get();
        if (!Eligibility.levelAllows(client.experience(), h.difficulty())) {
            // A move above the level is for filling a plan nothing else fills; moving up a level is the therapist's call
            return new NoChange(new Reason(RuleCode.PROGRESSION_ORDER, stay + "the harder " + h.name() + " is "
                    + h.difficulty() + " and the client is " + client.experience().label()), ids(latest));
        }
        Dose dose = Doses.strengthening(h, client);
        return new Progress(Step.HARDER_VARIATION, dose, h.id(), new Reason(RuleCode.PROGRESSION_ORDER, earned
                + Step.HARDER_VARIATION.label() + ": " + h.name() + ", " + Doses.describe(dose)), ids(latest));
    }

    private static Optional<ExerciseOption> variation(UUID id, ClientProfile client,
                                                      Function<UUID, Optional<ExerciseOption>> options) {
        if (id == null) return Optional.empty();
        return options.apply(id).filter(o -> Eligibility.fits(o, client));
    }

    static OptionalInt sets(Dose dose) {
        return switch (dose) {
            case Dose.Reps r -> OptionalInt.of(r.sets());
            case Dose.Hold h -> OptionalInt.of(h.sets());
            case Dose.Duration d -> OptionalInt.of(d.sets());
            case Dose.Timed t -> OptionalInt.empty();
        };
    }

    static Dose withSets(Dose dose, int sets) {
        return switch (dose) {
            case Dose.Reps r -> new Dose.Reps(sets, r.reps(), r.loadKg());
            case Dose.Hold h -> new Dose.Hold(sets, h.holdSeconds(), h.repetitions());
            case Dose.Duration d -> new Dose.Duration(sets, d.seconds());
            case Dose.Timed t -> t;
        };
    }

    private static List<UUID> ids(List<SessionResult> results) {
        return results.stream().map(SessionResult::sessionId).toList();
    }

    private static String sessions(List<SessionResult> results) {
        return (results.size() == 1 ? "session " : "sessions ") + Text.join(results.stream()
                .map(r -> r.sessionId() + " on " + day(r.performedAt())).toList());
    }

    private static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
