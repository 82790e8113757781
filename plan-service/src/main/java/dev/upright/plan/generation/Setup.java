package dev.upright.plan.generation;

import java.util.Objects;
import java.util.Set;

/**
 * One way to do an exercise: every item of {@code equipment} is needed ({@code none} for bodyweight);
 * {@code note} says how when it is not obvious ("one hand and knee on a sturdy chair"), or is null.
 */
public record Setup(Set<String> equipment, String note) {

    public Setup {
        Objects.requireNonNull(equipment, "equipment");
        equipment = Set.copyOf(equipment);
    }
}
