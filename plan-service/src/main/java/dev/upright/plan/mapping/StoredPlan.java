package dev.upright.plan.mapping;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.upright.plan.domain.Plan;
import dev.upright.plan.domain.PlanExercise;
import dev.upright.plan.domain.PlanSession;
import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.PlannedSession;
import dev.upright.plan.generation.PlannedWeek;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.rules.PlanWalk;

/**
 * A stored plan in the generator's shape, so the generator's rules check it, with each prescription
 * knowing the row it was made from (a violation found on it flags that row).
 */
public final class StoredPlan {

    /** A stored session and its rows in the order the client does them. */
    public record Session(PlanSession session, List<PlanExercise> rows) {
    }

    private final GeneratedPlan plan;
    private final List<PlanWalk.At> sessions;
    private final List<Prescription> postureBreaks;
    private final Map<Prescription, PlanExercise> rows = new IdentityHashMap<>();

    private StoredPlan(Plan plan, List<Session> stored, List<PlanExercise> breaks) {
        List<PlanWalk.At> placed = new ArrayList<>();
        List<List<PlannedSession>> byWeek = new ArrayList<>();
        for (int week = 1; week <= plan.weeks; week++) {
            byWeek.add(new ArrayList<>());
        }
        for (Session s : stored) {
            var session = new PlannedSession(inBlock(s.rows(), Block.WARM_UP), inBlock(s.rows(), Block.STRENGTHENING),
                    inBlock(s.rows(), Block.COOL_DOWN));
            // A therapist may number a week's sessions 1 and 3: texts name the session as stored
            placed.add(new PlanWalk.At(s.session().week, s.session().position, placed.size(), session));
            if (s.session().week >= 1 && s.session().week <= plan.weeks) {
                byWeek.get(s.session().week - 1).add(session);
            }
        }
        this.sessions = placed;
        this.postureBreaks = breaks.stream().map(this::prescription).toList();
        this.plan = new GeneratedPlan(byWeek.stream().map(PlannedWeek::new).toList(), postureBreaks,
                plan.explanations.stream().map(PlanRows::reason).toList());
    }

    /** @param sessions in week and session order */
    public static StoredPlan of(Plan plan, List<Session> sessions, List<PlanExercise> postureBreaks) {
        return new StoredPlan(plan, sessions, postureBreaks);
    }

    /** The plan as the generator's rules see it: each week's sessions numbered from 1. */
    public GeneratedPlan plan() {
        return plan;
    }

    /** Every row where it is stored: week, session number and block, then the daily posture breaks. */
    public List<PlanWalk.Placed> prescriptions() {
        return PlanWalk.prescriptions(sessions, postureBreaks);
    }

    /** The row a prescription of this plan was made from. */
    public PlanExercise row(Prescription prescription) {
        return rows.get(prescription);
    }

    private List<Prescription> inBlock(List<PlanExercise> stored, Block block) {
        return stored.stream().filter(r -> block == PlanningInputs.block(r.block)).map(this::prescription).toList();
    }

    private Prescription prescription(PlanExercise row) {
        Prescription p = PlanRows.prescription(row);
        rows.put(p, row);
        return p;
    }
}
