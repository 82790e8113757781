package dev.upright.plan.mapping;

import java.util.List;
import java.util.UUID;

import dev.upright.contracts.progress.PainKind;
import dev.upright.plan.domain.ExerciseResult;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.ReasonEntry;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Reason;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.progression.SessionResult;

/** A plan's stored exercise rows and results, and the generator's and progression's model of them, both ways. */
public final class PlanRows {

    private PlanRows() {
    }

    public static Prescription prescription(PlanExercise row) {
        return new Prescription(row.exerciseId, row.slug, row.name, PlanningInputs.block(row.block),
                DoseValues.of(row).toDose(), row.reasons.stream().map(PlanRows::reason).toList(), row.setup());
    }

    /** A new variation starts its own chain: no heavier load taken on it yet. */
    public static void replaceExercise(PlanExercise row, ExerciseOption variation, ClientProfile profile) {
        row.exerciseId = variation.id();
        row.slug = variation.slug();
        row.name = variation.name();
        row.setSetup(Eligibility.setupOrPreferred(variation, profile));
        row.heavierLoadTaken = false;
    }

    /** A stored result as the progression policy reads it. */
    public static SessionResult sessionResult(ExerciseResult r) {
        return new SessionResult(r.sessionLogId, r.performedAt, r.completedAsPrescribed, r.rpe, r.painScore,
                PainKind.fromCode(r.painKind));
    }

    /** A new, not yet persisted row of the plan for the prescription, at {@code position} (from 1). */
    public static PlanExercise row(UUID planId, UUID sessionId, int position, Prescription p) {
        var row = new PlanExercise();
        row.id = UUID.randomUUID();
        row.planId = planId;
        row.planSessionId = sessionId;
        row.block = PlanningInputs.blockCode(p.block());
        row.position = position;
        row.exerciseId = p.exerciseId();
        row.slug = p.slug();
        row.name = p.name();
        DoseValues.of(p.dose()).writeTo(row);
        row.reasons = entries(p.reasons());
        row.setSetup(p.setup());
        return row;
    }

    /** Stored rule names outside the generator's (a therapist's choice) count as explained. */
    public static Reason reason(ReasonEntry entry) {
        try {
            return new Reason(RuleCode.valueOf(entry.rule()), entry.text());
        } catch (IllegalArgumentException e) {
            return new Reason(RuleCode.EXPLAINED, entry.text());
        }
    }

    public static List<ReasonEntry> entries(List<Reason> reasons) {
        return reasons.stream().map(r -> new ReasonEntry(r.rule().name(), r.text())).toList();
    }
}
