package dev.upright.plan.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.mapping.DoseValues;
import dev.upright.plan.service.PlanContent;

/** A stored plan as the printable program shows it (the web app's program page and plan view). */
public final class ProgramDocuments {

    private ProgramDocuments() {
    }

    public static ProgramDocument of(PlanContent content, String clientName, LocalDate today) {
        var plan = content.plan();
        return new ProgramDocument(clientName, plan.weeks, plan.sessionsPerWeek,
                plan.activatedAt == null ? null : LocalDate.ofInstant(plan.activatedAt, ZoneOffset.UTC), today,
                content.sessions().stream()
                        .sorted(Comparator.comparingInt((PlanContent.SessionContent s) -> s.session().week)
                                .thenComparingInt(s -> s.session().position))
                        .map(s -> new ProgramDocument.Session(s.session().week, s.session().position,
                                s.exercises().stream().map(ProgramDocuments::item).toList()))
                        .toList(),
                content.postureBreaks().stream().map(ProgramDocuments::item).toList());
    }

    static ProgramDocument.Item item(PlanExercise row) {
        return new ProgramDocument.Item(row.name == null ? humanize(row.slug) : row.name, row.block, dose(DoseValues.of(row)),
                PlanExercise.PAUSED.equals(row.status), setup(row.setupEquipment, row.setupNote), row.overrideReason);
    }

    /** The dose in the generator's words; a row whose dose does not read shows none rather than failing the file. */
    static String dose(DoseValues dose) {
        return dose.kind() == null || !DoseValues.errors(dose, "dose").isEmpty() ? "" : Doses.describe(dose.toDose());
    }

    /** As the web app's setup line: "With Resistance band and Chair: anchor it at chest height". */
    static String setup(String[] equipment, String note) {
        if (equipment == null) return null;
        String items = Arrays.stream(equipment).filter(e -> !"none".equals(e)).map(ProgramDocuments::humanize)
                .collect(Collectors.joining(" and "));
        return "With " + (items.isEmpty() ? "no equipment" : items) + (note == null || note.isBlank() ? "" : ": " + note);
    }

    private static String humanize(String code) {
        if (code == null || code.isEmpty()) return "";
        String text = code.replace('-', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
