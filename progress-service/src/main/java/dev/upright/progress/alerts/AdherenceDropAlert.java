package dev.upright.progress.alerts;

import java.util.Optional;
import java.util.UUID;

import dev.upright.progress.adherence.WeekFigures;

/** Weekly adherence falling by the clinic's points or more against the week before. */
public record AdherenceDropAlert(int dropPoints) {

    /**
     * @param before the second-last complete week
     * @param last   the last complete week (the current one is still under way)
     */
    public Optional<AlertToRaise> check(UUID clientId, WeekFigures before, WeekFigures last) {
        // A week with nothing prescribed has no rate to fall from or to
        if (before.rate() == null || last.rate() == null || (before.rate() - last.rate()) * 100 < dropPoints) {
            return Optional.empty();
        }
        return Optional.of(new AlertToRaise("adherence-drop:" + clientId + ":" + last.weekStart(), "medium",
                "adherence-drop", "Adherence fell from " + Math.round(before.rate() * 100) + "% in the week of "
                        + before.weekStart() + " to " + Math.round(last.rate() * 100) + "% in the week of "
                        + last.weekStart() + "."));
    }
}
