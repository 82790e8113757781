package dev.upright.plan.generation;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.Dose.Duration;
import dev.upright.plan.generation.Dose.Hold;
import dev.upright.plan.generation.Dose.Reps;
import dev.upright.plan.generation.Dose.Timed;

/** The dose the generator prescribes from an exercise's catalogue dose, per block. */
public final class Doses {

    /** "Start light": beginners do at most two sets and at most this load. */
    public static final int BEGINNER_MAX_SETS = 2;
    public static final double BEGINNER_MAX_LOAD_KG = 5.0;

    public static final int STRETCH_MIN_HOLD_SECONDS = 15;
    public static final int STRETCH_MAX_HOLD_SECONDS = 20;
    public static final int STRETCH_MIN_REPETITIONS = 2;

    public static final double WARM_UP_MOVE_MIN_MINUTES = 0.5;
    public static final double WARM_UP_MOVE_MAX_MINUTES = 2.0;

    private Doses() {
    }

    /**
     * The catalogue's dose at the client's level; for a move above it (see {@link Eligibility#withinReach}),
     * its lighter version: one set fewer.
     */
    public static Dose strengthening(ExerciseOption option, ClientProfile profile) {
        return forClient(option.dose(), option, profile);
    }

    /** {@code dose} of {@code option} made right for the client: lighter when the move is above their level, then {@link #forLevel}. */
    public static Dose forClient(Dose dose, ExerciseOption option, ClientProfile profile) {
        Dose fitted = Eligibility.levelAllows(profile.experience(), option.difficulty()) ? dose : lighter(dose);
        return forLevel(fitted, profile);
    }

    /** One set fewer (never fewer than one); the load, if any, is the client's level's. */
    static Dose lighter(Dose dose) {
        return switch (dose) {
            case Reps r -> new Reps(Math.max(1, r.sets() - 1), r.reps(), r.loadKg());
            case Hold h -> new Hold(Math.max(1, h.sets() - 1), h.holdSeconds(), h.repetitions());
            case Duration d -> new Duration(Math.max(1, d.sets() - 1), d.seconds());
            case Timed t -> t;
        };
    }

    /** The dose, lowered to what the client's level starts with (beginners start light); unchanged otherwise. */
    public static Dose forLevel(Dose dose, ClientProfile profile) {
        if (profile.experience() != Experience.BEGINNER) return dose;
        return switch (dose) {
            case Reps r -> new Reps(Math.min(r.sets(), BEGINNER_MAX_SETS), r.reps(),
                    r.loadKg() == null ? null : Math.min(r.loadKg(), BEGINNER_MAX_LOAD_KG));
            case Hold h -> new Hold(Math.min(h.sets(), BEGINNER_MAX_SETS), h.holdSeconds(), h.repetitions());
            case Duration d -> new Duration(Math.min(d.sets(), BEGINNER_MAX_SETS), d.seconds());
            case Timed t -> t;
        };
    }

    /** A stretch is held 15 to 20 seconds, at least twice; a catalogue dose of another shape becomes 3 x 20 s. */
    public static Hold stretch(ExerciseOption option) {
        if (option.dose() instanceof Hold h) {
            int hold = Math.clamp(h.holdSeconds(), STRETCH_MIN_HOLD_SECONDS, STRETCH_MAX_HOLD_SECONDS);
            return new Hold(1, hold, Math.max(STRETCH_MIN_REPETITIONS, h.repetitions() * h.sets()));
        }
        return new Hold(1, STRETCH_MAX_HOLD_SECONDS, 3);
    }

    /** The catalogue's time for a warm-up move, kept within what one move of a 5-minute warm-up may take. */
    public static double warmUpMinutes(ExerciseOption option) {
        double minutes = option.dose() instanceof Timed t ? t.minutes() : 1.0;
        return Math.clamp(minutes, WARM_UP_MOVE_MIN_MINUTES, WARM_UP_MOVE_MAX_MINUTES);
    }

    public static String describe(Dose dose) {
        return switch (dose) {
            case Reps r -> r.sets() + " x " + r.reps() + (r.loadKg() == null ? "" : " at " + Text.minutes(r.loadKg()) + " kg");
            case Hold h -> (h.sets() > 1 ? h.sets() + " rounds of " : "") + h.repetitions() + " holds of " + h.holdSeconds() + " s";
            case Timed t -> Text.minutes(t.minutes()) + " min";
            case Duration d -> d.sets() + " x " + d.seconds() + " s";
        };
    }
}
