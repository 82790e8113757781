package dev.upright.plan.generation.rules;

import dev.upright.plan.generation.Eligibility;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.Text;

/** Only exercises whose every piece of equipment the client has ("none" is always had). */
public final class EquipmentRule extends ExclusionRule {

    public EquipmentRule() {
        super(RuleCode.EQUIPMENT, Eligibility.Kind.EQUIPMENT);
    }

    @Override
    String fix(ExerciseOption option) {
        return "Replace " + option.name() + ", or record " + Text.equipment(option.equipment()) + " in the client's equipment.";
    }
}
