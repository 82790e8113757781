package dev.upright.progress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

class ExportRangeTest {

    @Test
    void shouldIncludeTheLastDayWhole() {
        ExportRange range = ExportRange.parse("2026-11-01", "2026-11-30");
        assertThat(range.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(range.endExclusive()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(range.fileName("sessions")).isEqualTo("sessions-2026-11-01-to-2026-11-30.csv");
    }

    @Test
    void shouldNameEachMissingOrMalformedDate() {
        assertThatThrownBy(() -> ExportRange.parse(null, "30.11.2026")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("from", "to"));
    }

    @Test
    void shouldRefuseFromAfterTo() {
        assertThatThrownBy(() -> ExportRange.parse("2026-11-02", "2026-11-01")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.getMessage()).contains("must not be before from"));
    }

    @Test
    void shouldRefuseMoreThanAYearButAcceptExactlyTheMaximum() {
        assertThat(ExportRange.parse("2026-01-01", "2027-01-01").to()).hasToString("2027-01-01");
        assertThatThrownBy(() -> ExportRange.parse("2026-01-01", "2027-01-02")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(400));
    }
}
