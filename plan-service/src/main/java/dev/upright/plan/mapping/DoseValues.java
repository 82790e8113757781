package dev.upright.plan.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanTemplate;
import dev.upright.plan.generation.Dose;
import dev.upright.web.problem.Problem.FieldError;

/**
 * A dose as the API and the plan_exercise columns carry it: a kind and the parts that kind uses
 * (reps: sets, reps, loadKg; hold: sets, holdSeconds, repetitions; timed: minutes; duration: sets, seconds).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DoseValues(String kind, Integer sets, Integer reps, Double loadKg, Integer holdSeconds,
        Integer repetitions, Double minutes, Integer seconds) {

    public static final String REPS = "reps";
    public static final String HOLD = "hold";
    public static final String TIMED = "timed";
    public static final String DURATION = "duration";

    public static DoseValues of(Dose dose) {
        return switch (dose) {
            case Dose.Reps r -> new DoseValues(REPS, r.sets(), r.reps(), r.loadKg(), null, null, null, null);
            case Dose.Hold h -> new DoseValues(HOLD, h.sets(), null, null, h.holdSeconds(), h.repetitions(), null, null);
            case Dose.Timed t -> new DoseValues(TIMED, null, null, null, null, null, t.minutes(), null);
            case Dose.Duration d -> new DoseValues(DURATION, d.sets(), null, null, null, null, null, d.seconds());
        };
    }

    public static DoseValues of(PlanExercise row) {
        return new DoseValues(row.doseKind, row.sets, row.reps, row.loadKg, row.holdSeconds, row.repetitions,
                row.minutes, row.seconds);
    }

    public static DoseValues of(PlanTemplate.Exercise e) {
        return new DoseValues(e.doseKind(), e.sets(), e.reps(), e.loadKg(), e.holdSeconds(), e.repetitions(), e.minutes(),
                e.seconds());
    }

    public void writeTo(PlanExercise row) {
        row.doseKind = kind;
        row.sets = sets;
        row.reps = reps;
        row.loadKg = loadKg;
        row.holdSeconds = holdSeconds;
        row.repetitions = repetitions;
        row.minutes = minutes;
        row.seconds = seconds;
    }

    /** The generator's shape of this dose; call {@link #errors} first. */
    public Dose toDose() {
        return switch (kind) {
            case REPS -> new Dose.Reps(sets, reps, loadKg);
            case HOLD -> new Dose.Hold(sets == null ? 1 : sets, holdSeconds, repetitions);
            case TIMED -> new Dose.Timed(minutes);
            case DURATION -> new Dose.Duration(sets, seconds);
            default -> throw new IllegalStateException("unchecked dose kind " + kind);
        };
    }

    /** The same dose with the parts its kind does not use dropped, so stored rows stay clean. */
    public DoseValues normalized() {
        return of(toDose());
    }

    /** What is wrong with this dose, each error naming the field under {@code path}. */
    public static List<FieldError> errors(DoseValues dose, String path) {
        List<FieldError> out = new ArrayList<>();
        if (dose == null || dose.kind() == null) {
            out.add(new FieldError(path + ".kind", "must be reps, hold, timed or duration"));
            return out;
        }
        switch (dose.kind()) {
            case REPS -> {
                range(out, path + ".sets", dose.sets(), 1, 10);
                range(out, path + ".reps", dose.reps(), 1, 100);
                if (dose.loadKg() != null && (dose.loadKg() < 0 || dose.loadKg() > 500)) {
                    out.add(new FieldError(path + ".loadKg", "must be 0 to 500 kg, or null when the load is left to the client"));
                }
            }
            case HOLD -> {
                if (dose.sets() != null) range(out, path + ".sets", dose.sets(), 1, 10);
                range(out, path + ".holdSeconds", dose.holdSeconds(), 1, 600);
                range(out, path + ".repetitions", dose.repetitions(), 1, 20);
            }
            case TIMED -> {
                if (dose.minutes() == null || !(dose.minutes() > 0) || dose.minutes() > 60) {
                    out.add(new FieldError(path + ".minutes", "must be more than 0 and at most 60"));
                }
            }
            case DURATION -> {
                range(out, path + ".sets", dose.sets(), 1, 10);
                range(out, path + ".seconds", dose.seconds(), 1, 600);
            }
            default -> out.add(new FieldError(path + ".kind", "must be reps, hold, timed or duration"));
        }
        return out;
    }

    private static void range(List<FieldError> out, String field, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            out.add(new FieldError(field, "must be " + min + " to " + max));
        }
    }

    public boolean sameAs(DoseValues other) {
        return other != null && Objects.equals(normalized(), other.normalized());
    }
}
