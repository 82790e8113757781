package dev.upright.progress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void shouldLeavePlainTextAsItIs() {
        assertThat(Csv.text("at lunch")).isEqualTo("at lunch");
        assertThat(Csv.text(null)).isEmpty();
        assertThat(Csv.value(null)).isEmpty();
        assertThat(Csv.value(12)).isEqualTo("12");
    }

    @Test
    void shouldQuoteCommasQuotesAndLineBreaksDoublingTheQuotes() {
        assertThat(Csv.text("sore, then fine")).isEqualTo("\"sore, then fine\"");
        assertThat(Csv.text("the \"red\" band")).isEqualTo("\"the \"\"red\"\" band\"");
        assertThat(Csv.text("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.text("a\r\nb")).isEqualTo("\"a\r\nb\"");
    }

    @Test
    void shouldNeutraliseCellsASpreadsheetWouldTakeForAFormula() {
        assertThat(Csv.text("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.text("+1")).isEqualTo("'+1");
        assertThat(Csv.text("-2 reps")).isEqualTo("'-2 reps");
        assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void shouldEndEachLineWithCrLf() {
        assertThat(Csv.line(List.of("a", "", "\"b,c\""))).isEqualTo("a,,\"b,c\"\r\n");
    }
}
