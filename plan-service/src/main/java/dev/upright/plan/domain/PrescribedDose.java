package dev.upright.plan.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dev.upright.contracts.catalog.ExerciseChanged;

/** A default dose as the catalogue suggests it; parts that do not apply to the exercise are null. */
@Embeddable
public record PrescribedDose(
        @Column(name = "dose_sets") Integer sets,
        @Column(name = "dose_reps") Integer reps,
        @Column(name = "dose_seconds") Integer seconds,
        @Column(name = "dose_hold_seconds") Integer holdSeconds,
        @Column(name = "dose_repetitions") Integer repetitions,
        @Column(name = "dose_minutes") BigDecimal minutes) {

    public static PrescribedDose of(ExerciseChanged.Dose dose) {
        return dose == null ? null : new PrescribedDose(dose.sets(), dose.reps(), dose.seconds(), dose.holdSeconds(),
                dose.repetitions(), dose.minutes());
    }
}
