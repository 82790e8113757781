package dev.upright.plan.generation;

/** How much of an exercise to do. The four shapes match the doses the catalogue publishes. */
public sealed interface Dose {

    /** Sets of repetitions; {@code loadKg} is null when the load is left to the client (band, body weight). */
    record Reps(int sets, int reps, Double loadKg) implements Dose {
        public Reps {
            positive(sets, "sets");
            positive(reps, "reps");
            if (loadKg != null && loadKg < 0) throw new IllegalArgumentException("loadKg must not be negative");
        }
    }

    /** A held position, e.g. a stretch: {@code repetitions} holds of {@code holdSeconds}, in {@code sets} rounds. */
    record Hold(int sets, int holdSeconds, int repetitions) implements Dose {
        public Hold {
            positive(sets, "sets");
            positive(holdSeconds, "holdSeconds");
            positive(repetitions, "repetitions");
        }
    }

    /** A continuous block of time, e.g. a warm-up move. */
    record Timed(double minutes) implements Dose {
        public Timed {
            if (!(minutes > 0)) throw new IllegalArgumentException("minutes must be positive");
        }
    }

    /** Sets of a fixed duration, e.g. a carry or a hang. */
    record Duration(int sets, int seconds) implements Dose {
        public Duration {
            positive(sets, "sets");
            positive(seconds, "seconds");
        }
    }

    private static void positive(int value, String name) {
        if (value < 1) throw new IllegalArgumentException(name + " must be at least 1");
    }
}
