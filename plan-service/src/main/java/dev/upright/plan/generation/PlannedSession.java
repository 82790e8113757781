package dev.upright.plan.generation;

import java.util.List;
import java.util.stream.Stream;

/** One session: warm-up, strengthening, cool-down, always done in that order. */
public record PlannedSession(List<Prescription> warmUp, List<Prescription> strengthening, List<Prescription> coolDown) {
    public PlannedSession {
        warmUp = List.copyOf(warmUp);
        strengthening = List.copyOf(strengthening);
        coolDown = List.copyOf(coolDown);
    }

    /** Every prescription in the order the client does them. */
    public List<Prescription> inOrder() {
        return Stream.of(warmUp, strengthening, coolDown).flatMap(List::stream).toList();
    }
}
