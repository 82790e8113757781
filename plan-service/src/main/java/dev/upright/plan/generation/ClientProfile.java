package dev.upright.plan.generation;

import java.util.Objects;
import java.util.Set;

/**
 * What the generator knows about a client. Not the JPA entity: the service maps that onto this.
 *
 * @param sessionsPerWeek   null for the default of the experience level (see {@link Frequency})
 * @param sessionMinutes    null for no time limit on a session
 * @param painAreas         regions (see {@link PainAreas}) or muscle codes
 * @param contraindications exercise ids, slugs or movement codes the therapist ruled out
 * @param weeks             plan length; null for the default of 4
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
        Integer weeks) {

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
    }

    public int planWeeks() {
        return weeks == null ? DEFAULT_WEEKS : weeks;
    }

    /** The client always "has" no equipment, so exercises needing none always fit. */
    public boolean has(String equipmentCode) {
        return Categories.NO_EQUIPMENT.equals(equipmentCode) || equipment.contains(equipmentCode);
    }

    public boolean wantsLowerBackWork() {
        return goals.contains(Goal.STRENGTH) || goals.contains(Goal.EASE_ACHES);
    }

    public boolean wantsGripWork() {
        return goals.contains(Goal.STRENGTH);
    }
}
