package dev.upright.progress.adherence;

import java.time.LocalDate;

/** Sessions prescribed and done in one calendar week (Monday first). */
public record WeekFigures(LocalDate weekStart, int prescribed, int completed, int partial) {

    /** Partial sessions count half: something was done, but not what was prescribed. */
    public double done() {
        return completed + partial / 2.0;
    }

    /** Share of the prescribed sessions done, 0-1 (capped: extra sessions do not make up for other weeks). */
    public Double rate() {
        return prescribed == 0 ? null : Math.min(1.0, done() / prescribed);
    }

    public boolean met() {
        return prescribed > 0 && done() >= prescribed;
    }
}
