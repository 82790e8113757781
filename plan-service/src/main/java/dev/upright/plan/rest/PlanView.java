package dev.upright.plan.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.ReasonEntry;
import dev.upright.plan.mapping.DoseValues;
import dev.upright.plan.service.PlanContent;

/**
 * A plan as the API shows it. {@code warnings} (rules the plan does not follow that are advice, not
 * safety) only appears in the answer to an edit.
 */
public record PlanView(UUID id, UUID clientId, String status, long seed, String catalogueVersion, int weeks,
        int sessionsPerWeek, Instant createdAt, String createdBy, Instant activatedAt, long version,
        List<ReasonEntry> explanations, List<ExerciseView> postureBreaks, List<SessionView> sessions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ViolationView> warnings) {

    public record SessionView(UUID id, int week, int order, List<ExerciseView> exercises) {
    }

    /** @param setup how the client does it: the equipment of one of the exercise's setups, and how (null before setups) */
    public record ExerciseView(UUID id, UUID exerciseId, String slug, String name, String block, DoseValues dose,
            List<ReasonEntry> reasons, String status, OverrideView override, SetupView setup) {

        static ExerciseView of(PlanExercise row) {
            return new ExerciseView(row.id, row.exerciseId, row.slug, row.name, row.block, DoseValues.of(row), row.reasons,
                    row.status, row.overrideReason == null ? null : new OverrideView(row.overrideReason, row.overrideBy, row.overrideAt),
                    row.setupEquipment == null ? null : new SetupView(List.of(row.setupEquipment), row.setupNote));
        }
    }

    public record SetupView(List<String> equipment, String note) {
    }

    public record OverrideView(String reason, String by, Instant at) {
    }

    static PlanView of(PlanContent content) {
        var p = content.plan();
        return new PlanView(p.id, p.clientId, p.status, p.seed, p.catalogueVersion, p.weeks, p.sessionsPerWeek,
                p.createdAt, p.createdBy, p.activatedAt, p.version, p.explanations,
                content.postureBreaks().stream().map(ExerciseView::of).toList(),
                content.sessions().stream().map(s -> new SessionView(s.session().id, s.session().week, s.session().position,
                        s.exercises().stream().map(ExerciseView::of).toList())).toList(),
                content.warnings().isEmpty() ? null : content.warnings().stream().map(ViolationView::of).toList());
    }
}
