package dev.upright.plan.generation;

import java.util.Objects;
import java.util.Set;

import dev.upright.contracts.catalog.Household;

/**
 * What the generator knows about a client. Not the JPA entity: the service maps that onto this.
 *
 * @param sessionsPerWeek   null for the default of the experience level (see {@link Frequency})
 * @param sessionMinutes    null for no time limit on a session
 * @param painAreas         regions (see {@link PainAreas}) or muscle codes
 * @param contraindications exercise ids, slugs or movement codes the therapist ruled out
 * @param weeks             plan length; null for the default of 4
 * @param unavailableItems  household items (see {@link Household}) this client cannot use, e.g. {@code floor}
 *                          for someone who cannot get down to it; every other household item is taken as had
 */
public record ClientProfile(
        Experience experience,
        Set<String> equipment,
        Set<Goal> goals,
        Integer sessionsPerWeek,
        Integer sessionMinutes,
        boolean deskWorker,
        Set<String> painAreas,
        Set<String> contraindications,
        Integer weeks,
        Set<String> unavailableItems) {

    public static final int DEFAULT_WEEKS = 4;

    public enum Experience {
        BEGINNER, INTERMEDIATE, ADVANCED;

        private final String label = name().toLowerCase(java.util.Locale.ROOT);

        public String label() {
            return label;
        }
    }

    public enum Goal { POSTURE, STRENGTH, EASE_ACHES }

    public ClientProfile {
        Objects.requireNonNull(experience, "experience");
        equipment = Set.copyOf(equipment);
        goals = Set.copyOf(goals);
        painAreas = Set.copyOf(painAreas);
        contraindications = Set.copyOf(contraindications);
        unavailableItems = unavailableItems == null ? Set.of() : Set.copyOf(unavailableItems);
    }

    /** A client with every household item. */
    public ClientProfile(Experience experience, Set<String> equipment, Set<Goal> goals, Integer sessionsPerWeek,
            Integer sessionMinutes, boolean deskWorker, Set<String> painAreas, Set<String> contraindications, Integer weeks) {
        this(experience, equipment, goals, sessionsPerWeek, sessionMinutes, deskWorker, painAreas, contraindications,
                weeks, Set.of());
    }

    public int planWeeks() {
        return weeks == null ? DEFAULT_WEEKS : weeks;
    }

    /** Whether the client has the item: "none" always, household items unless ruled out, the rest when owned. */
    public boolean has(String equipmentCode) {
        return Categories.NO_EQUIPMENT.equals(equipmentCode) || equipment.contains(equipmentCode)
                || Household.isHousehold(equipmentCode) && !unavailableItems.contains(equipmentCode);
    }

    public boolean wantsLowerBackWork() {
        return goals.contains(Goal.STRENGTH) || goals.contains(Goal.EASE_ACHES);
    }

    public boolean wantsGripWork() {
        return goals.contains(Goal.STRENGTH);
    }
}
