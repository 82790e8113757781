package dev.upright.plan.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanTemplate;
import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.PlannedWeek;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.TemplateAdjuster;

/** A stored template: from a plan's rows, and into the shape the template adjuster works on. */
public final class Templates {

    private Templates() {
    }

    /** What a template keeps of a row: exercise, block and dose; reasons, overrides and progression stay with the client. */
    public static PlanTemplate.Exercise exercise(PlanExercise row) {
        return new PlanTemplate.Exercise(row.exerciseId, row.slug, row.name, row.block, row.doseKind, row.sets, row.reps,
                row.loadKg, row.holdSeconds, row.repetitions, row.minutes, row.seconds);
    }

    /** The stored template in the adjuster's shape: its weeks in order, each session's rows split by block. */
    public static TemplateAdjuster.Template toAdjust(PlanTemplate template) {
        List<PlannedWeek> weeks = new ArrayList<>();
        for (int week = 1; week <= template.weeks; week++) {
            int w = week;
            weeks.add(new PlannedWeek(template.sessions.stream().filter(s -> s.week() == w)
                    .sorted(Comparator.comparingInt(PlanTemplate.Session::order))
                    .map(s -> new PlannedSession(inBlock(s.exercises(), Block.WARM_UP), inBlock(s.exercises(), Block.STRENGTHENING),
                            inBlock(s.exercises(), Block.COOL_DOWN)))
                    .toList()));
        }
        return new TemplateAdjuster.Template(template.name, weeks, inBlock(template.postureBreaks, Block.POSTURE_BREAK));
    }

    private static List<Prescription> inBlock(List<PlanTemplate.Exercise> rows, Block block) {
        return rows.stream().filter(e -> block == PlanningInputs.block(e.block()))
                .map(e -> new Prescription(e.exerciseId(), e.slug(), e.name(), block, DoseValues.of(e).toDose(), List.of()))
                .toList();
    }
}
