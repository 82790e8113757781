package dev.upright.catalog.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The default amount of an exercise: sets of reps (or of seconds, for carries and hangs), holds of some
 * seconds repeated a few times (stretches), or minutes (warm-ups). Parts that do not apply are null.
 */
@Embeddable
public record Dose(
        @Column(name = "dose_sets") Integer sets,
        @Column(name = "dose_reps") Integer reps,
        @Column(name = "dose_seconds") Integer seconds,
        @Column(name = "dose_hold_seconds") Integer holdSeconds,
        @Column(name = "dose_repetitions") Integer repetitions,
        @Column(name = "dose_minutes") BigDecimal minutes) {
}
