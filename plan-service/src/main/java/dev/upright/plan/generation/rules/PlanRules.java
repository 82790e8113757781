package dev.upright.plan.generation.rules;

import java.util.ArrayList;
import java.util.List;

import dev.upright.plan.generation.Catalogue;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.GeneratedPlan;
import dev.upright.plan.generation.Violation;

/** Every rule, in the order the design lists them. */
public final class PlanRules {

    private static final List<PlanRule> ALL = List.of(
            new KnownExerciseRule(),
            new WarmUpRule(),
            new StrengthCountRule(),
            new RowRule(),
            new PostureMoveRule(),
            new SupportWorkRule(),
            new CoolDownRule(),
            new FrequencyRule(),
            new PlanLengthRule(),
            new SessionLengthRule(),
            new EquipmentRule(),
            new LevelRule(),
            new LightStartRule(),
            new PainAreaRule(),
            new ContraindicationRule(),
            new PostureBreakRule(),
            new VarietyRule(),
            new ExplainedRule());

    private PlanRules() {
    }

    public static List<PlanRule> all() {
        return ALL;
    }

    public static List<Violation> checkAll(ClientProfile profile, Catalogue catalogue, GeneratedPlan plan) {
        return checkAll(new PlanCheck(profile, catalogue, plan));
    }

    public static List<Violation> checkAll(PlanCheck check) {
        List<Violation> out = null;
        for (PlanRule rule : ALL) {
            List<Violation> broken = rule.check(check);
            if (broken.isEmpty()) continue;
            if (out == null) out = new ArrayList<>();
            out.addAll(broken);
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
