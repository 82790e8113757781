package dev.upright.plan.generation;

import java.util.List;

import dev.upright.plan.generation.Dose.Duration;
import dev.upright.plan.generation.Dose.Hold;
import dev.upright.plan.generation.Dose.Reps;
import dev.upright.plan.generation.Dose.Timed;

/**
 * Rough time a dose takes: 4 s a repetition, a minute's rest after each working set, 10 s to change
 * sides or settle between holds. Posture breaks are counted without rests: they are a minute or two
 * at the desk, not a workout.
 */
public final class SessionEstimate {

    static final int SECONDS_PER_REP = 4;
    static final int REST_SECONDS = 60;
    static final int SETTLE_SECONDS = 10;

    private SessionEstimate() {
    }

    public static double seconds(Dose dose) {
        return switch (dose) {
            case Reps r -> r.sets() * (r.reps() * SECONDS_PER_REP + REST_SECONDS);
            case Hold h -> h.sets() * h.repetitions() * (h.holdSeconds() + SETTLE_SECONDS);
            case Timed t -> t.minutes() * 60;
            case Duration d -> d.sets() * (d.seconds() + REST_SECONDS);
        };
    }

    public static double breakSeconds(Dose dose) {
        return switch (dose) {
            case Reps r -> r.sets() * r.reps() * SECONDS_PER_REP;
            case Hold h -> h.sets() * h.repetitions() * h.holdSeconds();
            case Timed t -> t.minutes() * 60;
            case Duration d -> d.sets() * d.seconds();
        };
    }

    public static double minutes(PlannedSession session) {
        Sum sum = new Sum();
        sum.addAll(session.warmUp());
        sum.addAll(session.strengthening());
        sum.addAll(session.coolDown());
        return sum.total() / 60;
    }

    public static double seconds(List<Prescription> prescriptions) {
        Sum sum = new Sum();
        sum.addAll(prescriptions);
        return sum.total();
    }

    /** {@link #seconds(List)} of the first {@code count} rows. */
    static double seconds(Prescription[] rows, int count) {
        Sum sum = new Sum();
        for (int i = 0; i < count; i++) {
            sum.add(seconds(rows[i].dose()));
        }
        return sum.total();
    }

    /**
     * The compensated sum {@code DoubleStream.sum()} computes, step for step, without a stream: estimates
     * were summed that way before, and a limit check must not flip on the last bit.
     */
    private static final class Sum {
        private double high;
        private double lowNegated;
        private double simple;

        void addAll(List<Prescription> prescriptions) {
            for (int i = 0; i < prescriptions.size(); i++) {
                add(seconds(prescriptions.get(i).dose()));
            }
        }

        void add(double value) {
            double tmp = value - lowNegated;
            double velvel = high + tmp;
            lowNegated = (velvel - high) - tmp;
            high = velvel;
            simple += value;
        }

        double total() {
            double tmp = high - lowNegated;
            return Double.isNaN(tmp) && Double.isInfinite(simple) ? simple : tmp;
        }
    }

    public static double warmUpMinutes(List<Prescription> warmUp) {
        return seconds(warmUp) / 60;
    }
}
