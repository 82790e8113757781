package dev.upright.plan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanSession;
import dev.upright.plan.domain.ReasonEntry;
import dev.upright.plan.generation.Doses;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Setup;
import dev.upright.plan.generation.Text;
import dev.upright.plan.mapping.DoseValues;
import dev.upright.plan.mapping.Setups;
import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

/**
 * Lays a therapist's edit over a stored plan. Rows that stay (same row id, or the same exercise in the
 * same block of the same session) keep their reasons, override and progression state; a replaced
 * exercise starts afresh with the therapist as its reason. Each difference is noted as a change.
 */
final class EditMerge {

    private static final List<String> BLOCK_ORDER = List.of("warm-up", "strengthening", "cool-down", "posture-break");

    private final Plan plan;
    private final PlanContent before;
    private final Map<UUID, CatalogueExercise> known;
    private final Caller caller;
    private final Instant now;
    private final Map<UUID, PlanExercise> rowsById = new HashMap<>();
    private final Set<UUID> claimed = new HashSet<>();
    private final Set<PlanExercise> untouched = new HashSet<>();
    private final List<PlanSession> newSessions = new ArrayList<>();
    private final List<PlanExercise> newRows = new ArrayList<>();
    private final List<PlanAdjusted.Change> changes = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private final Set<UUID> keptSessions = new HashSet<>();

    EditMerge(Plan plan, PlanContent before, Map<UUID, CatalogueExercise> known, Caller caller, Instant now) {
        this.plan = plan;
        this.before = before;
        this.known = known;
        this.caller = caller;
        this.now = now;
        before.rows().forEach(r -> rowsById.put(r.id, r));
    }

    PlanContent apply(PlanEdit edit) {
        Map<UUID, PlanContent.SessionContent> sessionsById = new HashMap<>();
        before.sessions().forEach(s -> sessionsById.put(s.session().id, s));
        List<PlanContent.SessionContent> sessions = new ArrayList<>();
        for (int i = 0; i < edit.sessions().size(); i++) {
            PlanEdit.SessionEdit s = edit.sessions().get(i);
            PlanSession session;
            List<PlanExercise> pool;
            if (s.id() != null) {
                PlanContent.SessionContent existing = sessionsById.get(s.id());
                if (existing == null) {
                    errors.add(new FieldError("sessions[" + i + "].id", "is not a session of this plan"));
                    continue;
                }
                session = existing.session();
                pool = existing.exercises();
                keptSessions.add(session.id);
            } else {
                session = new PlanSession();
                session.id = UUID.randomUUID();
                session.planId = plan.id;
                newSessions.add(session);
                pool = List.of();
            }
            session.week = s.week();
            session.position = s.order();
            sessions.add(new PlanContent.SessionContent(session,
                    rows(s.exercises(), pool, session.id, "sessions[" + i + "].exercises")));
        }
        List<PlanExercise> breaks;
        if (edit.postureBreaks() == null) {
            breaks = before.postureBreaks();
            breaks.forEach(r -> {
                claimed.add(r.id);
                untouched.add(r);
            });
        } else {
            breaks = rows(edit.postureBreaks(), before.postureBreaks(), null, "postureBreaks");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        for (PlanExercise removed : removedRows()) {
            changes.add(change(removed.exerciseId, null, "Removed " + removed.name + " (" + where(removed) + ")"));
        }
        sessions.sort(Comparator.comparingInt((PlanContent.SessionContent s) -> s.session().week)
                .thenComparingInt(s -> s.session().position));
        return new PlanContent(plan, sessions, breaks, List.of());
    }

    private List<PlanExercise> rows(List<PlanEdit.ExerciseEdit> edits, List<PlanExercise> pool, UUID sessionId, String at) {
        List<PlanExercise> out = new ArrayList<>();
        for (int j = 0; j < edits.size(); j++) {
            PlanEdit.ExerciseEdit e = edits.get(j);
            String block = e.block() == null ? EditShape.POSTURE_BREAK : e.block();
            PlanExercise row;
            if (e.id() != null) {
                row = rowsById.get(e.id());
                if (row == null || claimed.contains(row.id)) {
                    errors.add(new FieldError(at + "[" + j + "].id", "is not an exercise row of this plan left to place"));
                    continue;
                }
            } else {
                row = pool.stream().filter(r -> !claimed.contains(r.id) && r.exerciseId.equals(e.exerciseId())
                        && r.block.equals(block)).findFirst().orElse(null);
            }
            PlanExercise placed = place(row, e, block, sessionId, at + "[" + j + "]");
            if (placed != null) {
                claimed.add(placed.id);
                out.add(placed);
            }
        }
        // A session always runs warm-up, strengthening, cool-down; within a block the therapist's order stands
        out.sort(Comparator.comparingInt(r -> BLOCK_ORDER.indexOf(r.block)));
        for (int p = 0; p < out.size(); p++) {
            out.get(p).position = p + 1;
        }
        return out;
    }

    private PlanExercise place(PlanExercise row, PlanEdit.ExerciseEdit e, String block, UUID sessionId, String at) {
        DoseValues dose = e.dose().normalized();
        if (row == null || !row.exerciseId.equals(e.exerciseId())) {
            CatalogueExercise exercise = known.get(e.exerciseId());
            if (exercise == null) {
                errors.add(new FieldError(at + ".exerciseId", "is no exercise of the clinic's catalogue"));
                return null;
            }
            if (row == null) {
                row = new PlanExercise();
                row.id = UUID.randomUUID();
                row.planId = plan.id;
                row.reasons = List.of(new ReasonEntry(ReasonEntry.THERAPIST, "Added by " + caller.name()));
                newRows.add(row);
                changes.add(change(exercise.exerciseId, null, "Added " + exercise.name + " to the " + block));
            } else {
                row.reasons = List.of(new ReasonEntry(ReasonEntry.THERAPIST, "Replaces " + row.name + ", chosen by " + caller.name()));
                changes.add(change(row.exerciseId, exercise.exerciseId, "Replaced " + row.name + " by " + exercise.name));
            }
            row.exerciseId = exercise.exerciseId;
            row.slug = exercise.slug;
            row.name = exercise.name;
            row.setSetup(null);
            row.status = PlanExercise.ACTIVE;
            row.heavierLoadTaken = false;
            row.overrideReason = null;
            row.overrideBy = null;
            row.overrideAt = null;
            row.lastChangedAt = changedAt();
        } else {
            if (!dose.sameAs(DoseValues.of(row))) {
                String text = "Dose changed by " + caller.name() + " from " + Doses.describe(DoseValues.of(row).toDose())
                        + " to " + Doses.describe(dose.toDose());
                row.reasons = appended(row.reasons, text);
                row.lastChangedAt = changedAt();
                changes.add(change(row.exerciseId, null, text));
            }
            if (!block.equals(row.block) || !Objects.equals(sessionId, row.planSessionId)) {
                row.reasons = appended(row.reasons, "Moved to the " + block + " by " + caller.name());
            }
            if (block.equals(row.block)) {
                untouched.add(row); // same exercise where it was allowed before: its override still stands
            }
        }
        row.block = block;
        row.planSessionId = sessionId;
        dose.writeTo(row);
        if (e.setup() != null) {
            chooseSetup(row, e.setup(), at);
        }
        return row;
    }

    /** The therapist names how the client does it: one of the exercise's setups, by its equipment. */
    private void chooseSetup(PlanExercise row, List<String> equipment, String at) {
        ExerciseOption option = CatalogueSnapshot.option(known.get(row.exerciseId));
        Optional<Setup> setup = Setups.named(option, equipment);
        if (setup.isEmpty()) {
            errors.add(new FieldError(at + ".setup", "is not a way to do " + option.name() + " (its setups: "
                    + Setups.describe(option) + ")"));
            return;
        }
        if (!setup.get().equals(row.setup())) {
            row.setSetup(setup.get());
            row.reasons = appended(row.reasons, "Done with " + Text.equipment(setup.get().equipment()) + ", chosen by " + caller.name());
            untouched.remove(row); // the equipment it needs changed, so an earlier override no longer covers it
        }
    }

    /** Only a running plan's changes count for progression; a draft's rows start counting on activation. */
    private Instant changedAt() {
        return Plan.ACTIVE.equals(plan.status) ? now : null;
    }

    private static List<ReasonEntry> appended(List<ReasonEntry> reasons, String text) {
        List<ReasonEntry> out = new ArrayList<>(reasons);
        out.add(new ReasonEntry(ReasonEntry.THERAPIST, text));
        return out;
    }

    private PlanAdjusted.Change change(UUID exerciseId, UUID newExerciseId, String reason) {
        return new PlanAdjusted.Change(UUID.randomUUID(), "edited", exerciseId, newExerciseId,
                reason + " (edited by " + caller.name() + ")", List.of());
    }

    private String where(PlanExercise row) {
        return row.planSessionId == null ? "daily posture breaks" : row.block;
    }

    private List<PlanExercise> removedRows() {
        return rowsById.values().stream().filter(r -> !claimed.contains(r.id)).toList();
    }

    /** Writes the merge: removed rows and sessions go, new ones are stored; kept rows were changed in place. */
    void store() {
        // Rows moved out of a session about to go must reach the database first: the session's delete cascades
        PlanExercise.flush();
        List<UUID> rows = removedRows().stream().map(r -> r.id).toList();
        if (!rows.isEmpty()) {
            PlanExercise.delete("id in ?1", rows);
        }
        List<UUID> sessions = before.sessions().stream().map(s -> s.session().id).filter(id -> !keptSessions.contains(id)).toList();
        if (!sessions.isEmpty()) {
            PlanSession.delete("id in ?1", sessions);
        }
        newSessions.forEach(s -> s.persist());
        newRows.forEach(r -> r.persist());
    }

    /** Rows whose exercise and block did not change, so an override recorded on them still stands. */
    Set<PlanExercise> untouched() {
        return untouched;
    }

    List<PlanAdjusted.Change> changes() {
        return changes;
    }

    Instant now() {
        return now;
    }
}
