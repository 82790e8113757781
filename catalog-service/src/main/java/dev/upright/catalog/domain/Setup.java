package dev.upright.catalog.domain;

import java.util.List;

/**
 * One way to do an exercise: every piece of {@code equipment} is needed ({@value Equipment#NONE} for
 * bodyweight), and {@code note} says how when it is not obvious ("hand and knee on a sturdy chair").
 * An exercise lists its setups in order of preference; its {@code equipment} is always the first one's.
 */
public record Setup(List<String> equipment, String note) {

    public Setup {
        equipment = equipment == null ? List.of() : equipment;
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The same setup with its codes sorted, as it is stored: two writers listing them differently store the same. */
    public Setup sorted() {
        return new Setup(equipment.stream().sorted().toList(), note);
    }
}
