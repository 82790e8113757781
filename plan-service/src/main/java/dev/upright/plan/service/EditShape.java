package dev.upright.plan.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.upright.plan.generation.Block;
import dev.upright.plan.mapping.DoseValues;
import dev.upright.plan.mapping.PlanningInputs;
import dev.upright.web.problem.Problem.FieldError;

/** The shape an edit must have before any rule is looked at; each problem names its field. */
final class EditShape {

    static final Set<String> SESSION_BLOCKS = Set.of("warm-up", "strengthening", "cool-down");
    static final String POSTURE_BREAK = PlanningInputs.blockCode(Block.POSTURE_BREAK);

    private EditShape() {
    }

    static List<FieldError> errors(PlanEdit edit, int weeks) {
        List<FieldError> out = new ArrayList<>();
        if (edit == null) {
            out.add(new FieldError("body", "must be the plan's sessions with the version you edited"));
            return out;
        }
        if (edit.version() == null) {
            out.add(new FieldError("version", "is required: the version of the plan you edited"));
        }
        if (edit.sessions() == null) {
            out.add(new FieldError("sessions", "is required: every session of the plan as it should be"));
        } else {
            Set<String> places = new HashSet<>();
            Set<UUID> sessionIds = new HashSet<>();
            Set<UUID> rowIds = new HashSet<>();
            for (int i = 0; i < edit.sessions().size(); i++) {
                PlanEdit.SessionEdit s = edit.sessions().get(i);
                String at = "sessions[" + i + "]";
                if (s == null) {
                    out.add(new FieldError(at, "must not be null"));
                    continue;
                }
                if (s.week() == null || s.week() < 1 || s.week() > weeks) {
                    out.add(new FieldError(at + ".week", "must be 1 to " + weeks + ", the plan's weeks"));
                }
                if (s.order() == null || s.order() < 1 || s.order() > 7) {
                    out.add(new FieldError(at + ".order", "must be 1 to 7"));
                } else if (s.week() != null && !places.add(s.week() + "/" + s.order())) {
                    out.add(new FieldError(at + ".order", "repeats session " + s.order() + " of week " + s.week()));
                }
                if (s.id() != null && !sessionIds.add(s.id())) {
                    out.add(new FieldError(at + ".id", "names a session already listed"));
                }
                if (s.exercises() == null || s.exercises().isEmpty()) {
                    out.add(new FieldError(at + ".exercises", "must list at least one exercise"));
                    continue;
                }
                for (int j = 0; j < s.exercises().size(); j++) {
                    exercise(out, s.exercises().get(j), at + ".exercises[" + j + "]", SESSION_BLOCKS, rowIds);
                }
            }
        }
        if (edit.postureBreaks() != null) {
            for (int k = 0; k < edit.postureBreaks().size(); k++) {
                exercise(out, edit.postureBreaks().get(k), "postureBreaks[" + k + "]", Set.of(POSTURE_BREAK), new HashSet<>());
            }
        }
        if (edit.override() != null && edit.override().reason() != null && edit.override().reason().length() > 2000) {
            out.add(new FieldError("override.reason", "must be at most 2000 characters"));
        }
        return out;
    }

    private static void exercise(List<FieldError> out, PlanEdit.ExerciseEdit e, String at, Set<String> blocks, Set<UUID> rowIds) {
        if (e == null) {
            out.add(new FieldError(at, "must not be null"));
            return;
        }
        if (e.exerciseId() == null) {
            out.add(new FieldError(at + ".exerciseId", "is required"));
        }
        boolean breakBlock = blocks.contains(POSTURE_BREAK);
        if (!(breakBlock && e.block() == null) && !blocks.contains(e.block())) {
            out.add(new FieldError(at + ".block", breakBlock ? "must be posture-break (or left out)"
                    : "must be warm-up, strengthening or cool-down"));
        }
        if (e.id() != null && !rowIds.add(e.id())) {
            out.add(new FieldError(at + ".id", "names an exercise row already listed"));
        }
        out.addAll(DoseValues.errors(e.dose(), at + ".dose"));
    }
}
