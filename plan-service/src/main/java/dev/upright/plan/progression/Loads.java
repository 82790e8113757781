package dev.upright.plan.progression;

import java.util.List;
import java.util.Optional;

import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.Setup;
import dev.upright.plan.generation.Text;

/**
 * The "slightly heavier load" step: the smallest sensible increase for the equipment that carries the
 * load. Exercises with nothing to make heavier (body weight, mat, wall, bar...) have no load step.
 *
 * <pre>
 * barbell          +2.5 kg (1.25 kg plates a side)
 * dumbbells        +0.5 kg under 5 kg, +1 kg from 5 kg
 * kettlebell       +2 kg
 * cable            +2.5 kg (one plate on most stacks)
 * resistance-band  the next band resistance (the dose records no kg for bands)
 * </pre>
 *
 * When a weighted exercise's dose records no kilograms (left to the client, or a hold or carry), the
 * dose stays as it is and the step is described in words only.
 */
final class Loads {

    /** Checked in this order: the first the exercise uses carries the load. */
    static final List<String> LOADED_EQUIPMENT = List.of("barbell", "dumbbells", "kettlebell", "cable", "resistance-band");

    static final double LIGHT_DUMBBELL_BELOW_KG = 5.0;

    /** @param description plain words for the reason, e.g. "from 4 kg to 4.5 kg dumbbells" */
    record Increase(Dose newDose, String description) {
    }

    private Loads() {
    }

    /** What carries the load in the setup the client uses: a bent-over row done with a barbell steps up in barbell plates. */
    static Optional<String> loadedEquipment(Setup setup) {
        return LOADED_EQUIPMENT.stream().filter(setup.equipment()::contains).findFirst();
    }

    static Optional<Increase> heavier(Setup setup, Dose dose) {
        if (dose instanceof Dose.Timed) return Optional.empty();
        return loadedEquipment(setup).map(equipment -> increase(equipment, dose));
    }

    private static Increase increase(String equipment, Dose dose) {
        if (equipment.equals("resistance-band")) return new Increase(dose, "the next band resistance");
        if (dose instanceof Dose.Reps r && r.loadKg() != null) {
            double next = r.loadKg() + step(equipment, r.loadKg());
            return new Increase(new Dose.Reps(r.sets(), r.reps(), next),
                    "from " + kg(r.loadKg()) + " to " + kg(next) + " " + Text.words(equipment));
        }
        return new Increase(dose, "slightly heavier " + Text.words(equipment)
                + " (about " + kg(step(equipment, 0)) + " more" + (equipment.equals("dumbbells") ? " for light ones" : "") + ")");
    }

    static double step(String equipment, double currentKg) {
        return switch (equipment) {
            case "barbell", "cable" -> 2.5;
            case "kettlebell" -> 2.0;
            case "dumbbells" -> currentKg < LIGHT_DUMBBELL_BELOW_KG ? 0.5 : 1.0;
            default -> throw new IllegalArgumentException("no kilogram step for " + equipment);
        };
    }

    private static String kg(double kg) {
        return Text.minutes(kg) + " kg";
    }
}
