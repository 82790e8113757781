package dev.upright.plan.fhir;

import java.util.Locale;

/** A prescribed dose as one line of text, for a CarePlan activity's description. */
public final class DoseText {

    private DoseText() {
    }

    /** {@code kind} reps, hold, timed or duration, with the columns that kind uses (the others null). */
    public static String of(String kind, Integer sets, Integer reps, Double loadKg, Integer holdSeconds,
                            Integer repetitions, Double minutes, Integer seconds) {
        int setCount = sets == null ? 1 : sets;
        return switch (kind) {
            case "reps" -> setCount + " × " + reps + " reps" + (loadKg == null ? "" : " at " + number(loadKg) + " kg");
            case "hold" -> setCount + " × " + (repetitions == null ? 1 : repetitions) + " hold"
                    + (repetitions == null || repetitions == 1 ? "" : "s") + " of " + holdSeconds + " s";
            case "timed" -> number(minutes) + " min";
            case "duration" -> setCount + " × " + seconds + " s";
            default -> kind;
        };
    }

    private static String number(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
    }
}
