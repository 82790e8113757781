package dev.upright.contracts;

import java.util.List;
import java.util.Optional;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.contracts.plans.PlanActivated;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.contracts.progress.AlertRaised;
import dev.upright.contracts.progress.SessionLogged;

/**
 * Every CloudEvent type the platform defines. A consumer skips a type listed here that it has no use for, while a
 * type no contract defines is a message nobody should have sent.
 */
public final class EventTypes {

    /**
     * @param name           the CloudEvent {@code type}
     * @param clinicRequired whether every event of this type names its clinic ({@value CloudEventAttributes#TENANT});
     *                       false where the type also carries global data
     */
    public record EventType(String name, boolean clinicRequired) {
    }

    public static final List<EventType> ALL = List.of(
            new EventType(ExerciseChanged.TYPE, false), // the global catalogue belongs to no clinic
            new EventType(PlanActivated.TYPE, true),
            new EventType(PlanAdjusted.TYPE, true),
            new EventType(SessionLogged.TYPE, true),
            new EventType(AlertRaised.TYPE, true));

    private EventTypes() {
    }

    public static Optional<EventType> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
