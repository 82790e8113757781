package dev.upright.plan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The client's program as an A4 PDF, with the content of the web app's printable program page: sessions in order,
 * each one's exercises by block (warm-up first, stretches last) with their doses and setups, then the posture
 * breaks. Helvetica, one of the fonts every PDF reader has, so nothing is embedded; it encodes WinAnsi only, so
 * text is reduced to that first. Lines wrap to the page width and pages break where the next line does not fit.
 */
public final class ProgramPdf {

    static final List<String> BLOCK_ORDER = List.of("warm-up", "strengthening", "cool-down");
    static final Map<String, String> BLOCK_TITLES = Map.of("warm-up", "Warm-up", "strengthening", "Strengthening",
            "cool-down", "Stretches", "posture-break", "Posture breaks");

    private static final float MARGIN = 42.5f; // 15 mm, as the print stylesheet's page margin
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = MARGIN + 18; // room for the page number
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    private PDDocument document;
    private PDPageContentStream content;
    private float y;

    /** The PDF file of {@code program}. */
    public static byte[] render(ProgramDocument program) {
        return new ProgramPdf().write(program);
    }

    private byte[] write(ProgramDocument program) {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(sanitize("Exercise program of " + program.clientName()));
            info.setCreator("Upright");
            newPage();
            body(program);
            content.close();
            numberPages();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the program PDF", e);
        }
    }

    private void body(ProgramDocument program) throws IOException {
        paragraph(bold, 18, "Exercise program: " + program.clientName(), 0);
        String since = program.activeSince() == null ? "not active yet" : "active since " + DATE.format(program.activeSince());
        paragraph(regular, 11, program.weeks() + " weeks, " + program.sessionsPerWeek()
                + (program.sessionsPerWeek() == 1 ? " session" : " sessions") + " a week \u00b7 " + since, 0);
        gap(4);
        paragraph(regular, 10, ProgramDocument.SAFETY_NOTE, 0);
        for (ProgramDocument.Session session : program.sessions()) {
            gap(10);
            keepWithNext(13 + 11 + 11 * 2);
            paragraph(bold, 13, "Week " + session.week() + ", session " + session.order(), 0);
            for (String block : BLOCK_ORDER) {
                List<ProgramDocument.Item> items = session.exercises().stream().filter(e -> block.equals(e.block())).toList();
                if (items.isEmpty()) continue;
                gap(3);
                keepWithNext(11 + 11 * 2);
                paragraph(bold, 11, BLOCK_TITLES.get(block), 0);
                for (ProgramDocument.Item item : items) {
                    item(item);
                }
            }
        }
        if (!program.postureBreaks().isEmpty()) {
            gap(10);
            keepWithNext(13 + 11 * 2);
            paragraph(bold, 13, "Posture breaks during the working day", 0);
            for (ProgramDocument.Item item : program.postureBreaks()) {
                item(item);
            }
        }
        gap(10);
        paragraph(regular, 9, "Printed from Upright on " + DATE.format(program.printedOn()) + ".", 0);
    }

    private void item(ProgramDocument.Item item) throws IOException {
        String line = "\u2022 " + item.name() + (item.dose() == null || item.dose().isBlank() ? "" : " \u2013 " + item.dose())
                + (item.paused() ? " (paused)" : "");
        paragraph(regular, 11, line, 0);
        if (item.setup() != null) {
            paragraph(regular, 9.5f, item.setup(), 10);
        }
        if (item.override() != null) {
            paragraph(regular, 9.5f, "Override: " + item.override(), 10);
        }
    }

    /** Text wrapped to the width left after {@code indent}, on as many pages as it takes. */
    private void paragraph(PDType1Font font, float size, String text, float indent) throws IOException {
        float leading = size * 1.3f;
        for (String line : wrap(font, size, sanitize(text), WIDTH - indent)) {
            if (y - leading < BOTTOM) {
                content.close();
                newPage();
            }
            y -= leading;
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + indent, y);
            content.showText(line);
            content.endText();
        }
    }

    /** Starts a new page unless a heading and the first lines under it still fit on this one. */
    private void keepWithNext(float height) throws IOException {
        if (y - height * 1.3f < BOTTOM) {
            content.close();
            newPage();
        }
    }

    private void gap(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void numberPages() throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (var footer = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                String text = "Page " + (i + 1) + " of " + count;
                footer.beginText();
                footer.setFont(regular, 9);
                footer.newLineAtOffset(MARGIN + WIDTH - width(regular, 9, text), MARGIN);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    /** Lines of at most {@code max} points: broken between words, and inside a word longer than a line. */
    static List<String> wrap(PDType1Font font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > max) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > max) cut--;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text as Helvetica can show it: line breaks and tabs become spaces, accented letters outside WinAnsi
     * lose their accent, and anything else it lacks (emoji, other scripts) becomes a question mark.
     */
    String sanitize(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else if (canShow(c)) {
                out.appendCodePoint(c);
            } else {
                String plain = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD)
                        .codePoints().filter(this::canShow).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                                StringBuilder::append).toString();
                out.append(plain.isEmpty() ? "?" : plain);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    private boolean canShow(int codePoint) {
        return encodable.computeIfAbsent(codePoint, c -> {
            try {
                regular.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
