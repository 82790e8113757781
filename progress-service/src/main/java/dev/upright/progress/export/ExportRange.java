package dev.upright.progress.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

/**
 * The days an export covers, both included, in UTC. Bounded so one request cannot hold a database cursor
 * and a connection for the whole history of a large clinic.
 */
public record ExportRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    /** Parses {@code from} and {@code to} (YYYY-MM-DD); anything else is a 400 naming each bad field. */
    public static ExportRange parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (errors.isEmpty()) {
            if (start.isAfter(end)) {
                errors.add(new FieldError("to", "must not be before from (" + start + ")"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
                errors.add(new FieldError("to", "must be at most " + MAX_DAYS + " days from from, both included: export a year at a time"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ExportRange(start, end);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required, as a date such as 2026-11-01"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2026-11-01"));
            return null;
        }
    }

    /** The first instant of the range. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the range: {@code to} is included whole. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A file name such as {@code sessions-2026-11-01-to-2026-11-30.csv}. */
    public String fileName(String what) {
        return what + "-" + from + "-to-" + to + ".csv";
    }
}
