package dev.upright.plan.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.upright.plan.domain.PlanTemplate;
import dev.upright.plan.mapping.DoseValues;

/** A clinic's template; the list leaves out {@code sessions} and {@code postureBreaks}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateView(UUID id, String name, String description, int weeks, int sessionsPerWeek, int exercises,
        Instant createdAt, String createdBy, String createdByName, List<SessionView> sessions,
        List<ExerciseView> postureBreaks) {

    public record SessionView(int week, int order, List<ExerciseView> exercises) {
    }

    public record ExerciseView(UUID exerciseId, String slug, String name, String block, DoseValues dose) {

        static ExerciseView of(PlanTemplate.Exercise e) {
            return new ExerciseView(e.exerciseId(), e.slug(), e.name(), e.block(), DoseValues.of(e));
        }
    }

    static TemplateView summary(PlanTemplate t) {
        return new TemplateView(t.id, t.name, t.description, t.weeks, t.sessionsPerWeek, count(t), t.createdAt, t.createdBy,
                t.createdByName, null, null);
    }

    static TemplateView of(PlanTemplate t) {
        return new TemplateView(t.id, t.name, t.description, t.weeks, t.sessionsPerWeek, count(t), t.createdAt, t.createdBy,
                t.createdByName,
                t.sessions.stream().map(s -> new SessionView(s.week(), s.order(),
                        s.exercises().stream().map(ExerciseView::of).toList())).toList(),
                t.postureBreaks.stream().map(ExerciseView::of).toList());
    }

    /** Prescriptions over all sessions and the posture breaks. */
    private static int count(PlanTemplate t) {
        return t.sessions.stream().mapToInt(s -> s.exercises().size()).sum() + t.postureBreaks.size();
    }
}
