package dev.upright.plan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ProgramPdfTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void shouldShowTheClientDatesBlocksInOrderDosesAndTheSafetyNote() throws IOException {
        var session = new ProgramDocument.Session(1, 1, List.of(
                item("Doorway stretch", "cool-down", "3 holds of 20 s"),
                item("Band row", "strengthening", "2 x 12"),
                item("Arm circles", "warm-up", "1 min")));
        var program = new ProgramDocument("Dana Desk", 6, 2, MONDAY, MONDAY.plusDays(3), List.of(session),
                List.of(item("Chin tucks", "posture-break", "1 x 10")));

        String text = text(ProgramPdf.render(program));

        assertThat(text).contains("Dana Desk", "6 weeks, 2 sessions a week", "active since 2 November 2026",
                "Week 1, session 1", "Band row \u2013 2 x 12", "Doorway stretch \u2013 3 holds of 20 s",
                "Posture breaks during the working day", "Chin tucks", "Printed from Upright on 5 November 2026")
                .contains("Stop any exercise");
        assertThat(text.indexOf("Warm-up")).isLessThan(text.indexOf("Strengthening"));
        assertThat(text.indexOf("Arm circles")).isLessThan(text.indexOf("Band row"));
        assertThat(text.indexOf("Band row")).isLessThan(text.indexOf("Stretches"));
        assertThat(text.indexOf("Stretches")).isLessThan(text.indexOf("Doorway stretch"));
    }

    @Test
    void shouldWrapALongNameInsideThePageWidth() throws IOException {
        String longName = "Half-kneeling single-arm cable row with a pause and a slow return " + "very ".repeat(30) + "end";
        var program = new ProgramDocument("Dana", 4, 1, MONDAY, MONDAY, List.of(new ProgramDocument.Session(1, 1,
                List.of(item(longName, "strengthening", "2 x 10")))), List.of());

        String text = text(ProgramPdf.render(program));

        List<String> lines = text.lines().filter(l -> l.contains("very")).toList();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThan(120));
        assertThat(text.replaceAll("\\s+", " ")).contains(longName.strip());
    }

    @Test
    void shouldPaginateManySessionsAndNumberThePages() throws IOException {
        var sessions = IntStream.rangeClosed(1, 24).mapToObj(i -> new ProgramDocument.Session((i + 1) / 2, 2 - i % 2,
                List.of(item("Neck rolls", "warm-up", "1 min"), item("Band row " + i, "strengthening", "2 x 12"),
                        item("Face pulls", "strengthening", "2 x 15"), item("Child's pose", "cool-down", "3 holds of 20 s"))))
                .toList();
        byte[] pdf = ProgramPdf.render(new ProgramDocument("Dana", 12, 2, MONDAY, MONDAY, sessions, List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages, "Band row 1", "Band row 24",
                    "Week 12, session 2");
        }
    }

    @Test
    void shouldReduceTextToWhatHelveticaCanShow() throws IOException {
        var program = new ProgramDocument("Zo\u00eb Dvo\u0159\u00e1k \u4e2d \ud83d\ude00", 4, 1, null, MONDAY,
                List.of(new ProgramDocument.Session(1, 1, List.of(item("Row\nwith a \"band\"", "strengthening", "2 x 8")))),
                List.of());

        String text = text(ProgramPdf.render(program));

        assertThat(text).contains("Zo\u00eb Dvor\u00e1k ? ?", "Row with a \"band\"", "1 session a week", "not active yet");
    }

    static ProgramDocument.Item item(String name, String block, String dose) {
        return new ProgramDocument.Item(name, block, dose, false, null, null);
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
