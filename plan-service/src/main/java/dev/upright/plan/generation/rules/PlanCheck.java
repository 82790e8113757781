package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Pools;
import dev.upright.plan.generation.Prescription;

/**
 * One plan being checked against the rules, with what several rules need worked out once and shared:
 * the client's pools (who may do what), the sessions, and where each prescribed exercise sits in the
 * catalogue. A rule first asks the cheap question (does any exercise of the plan break me?) and only
 * walks the plan writing texts when one does. Not for sharing between threads.
 */
public final class PlanCheck {

    private final ClientProfile profile;
    private final Catalogue catalogue;
    private final GeneratedPlan plan;
    private Pools pools;
    private List<PlanWalk.At> sessions;
    /** Per session: catalogue positions of warm-up, strengthening and cool-down rows (-1 if not in the catalogue). */
    private int[][][] positions;
    private int[] breakPositions;
    private List<List<ExerciseOption>> strengthening;
    /** Catalogue positions used anywhere in the plan, each once, in the order first met. */
    private int[] used;
    private boolean anyUnknown;

    public PlanCheck(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        this.profile = profile;
        this.catalogue = catalogue;
        this.plan = plan;
    }

    /** With pools already worked out for this profile and {@code pools.catalogue()}. */
    public PlanCheck(ClientProfile profile, Pools pools, GeneratedPlan plan) {
        this(profile, pools.catalogue(), plan);
        this.pools = pools;
    }

    public ClientProfile profile() {
        return profile;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public GeneratedPlan plan() {
        return plan;
    }

    Pools pools() {
        if (pools == null) pools = Pools.of(profile, catalogue);
        return pools;
    }

    List<PlanWalk.At> sessions() {
        if (sessions == null) sessions = PlanWalk.sessions(plan);
        return sessions;
    }

    /** Catalogue positions of a session's warm-up (block 0), strengthening (1) or cool-down (2) rows. */
    int[] positions(PlanWalk.At at, int block) {
        resolve();
        return positions[at.index()][block];
    }

    int[] breakPositions() {
        resolve();
        return breakPositions;
    }

    /** Every catalogue position the plan uses, each once. */
    int[] used() {
        resolve();
        return used;
    }

    /** Whether some prescription names an exercise the catalogue does not have. */
    boolean anyUnknown() {
        resolve();
        return anyUnknown;
    }

    /** The catalogue options of a session's strengthening block, leaving out unknown ones. */
    List<ExerciseOption> strengthening(PlanWalk.At at) {
        if (strengthening == null) {
            List<List<ExerciseOption>> all = new ArrayList<>(sessions().size());
            for (PlanWalk.At session : sessions()) {
                int[] rows = positions(session, 1);
                List<ExerciseOption> options = new ArrayList<>(rows.length);
                for (int position : rows) {
                    if (position >= 0) options.add(catalogue.options().get(position));
                }
                all.add(options);
            }
            strengthening = all;
        }
        return strengthening.get(at.index());
    }

    private void resolve() {
        if (positions != null) return;
        boolean[] seen = new boolean[catalogue.options().size()];
        int[] order = new int[seen.length];
        int distinct = 0;
        List<PlanWalk.At> all = sessions();
        int[][][] out = new int[all.size()][][];
        for (PlanWalk.At at : all) {
            int[][] blocks = {
                    resolve(at.session().warmUp()), resolve(at.session().strengthening()), resolve(at.session().coolDown())};
            out[at.index()] = blocks;
            for (int[] block : blocks) distinct = collect(block, seen, order, distinct);
        }
        breakPositions = resolve(plan.postureBreaks());
        distinct = collect(breakPositions, seen, order, distinct);
        used = java.util.Arrays.copyOf(order, distinct);
        positions = out;
    }

    private int[] resolve(List<Prescription> rows) {
        int[] out = new int[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = catalogue.indexOf(rows.get(i).exerciseId());
        }
        return out;
    }

    private int collect(int[] block, boolean[] seen, int[] order, int distinct) {
        for (int position : block) {
            if (position < 0) anyUnknown = true;
            else if (!seen[position]) {
                seen[position] = true;
                order[distinct++] = position;
            }
        }
        return distinct;
    }
}
