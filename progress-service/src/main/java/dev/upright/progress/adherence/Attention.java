package dev.upright.progress.adherence;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/** Orders a caseload so the clients who need a look come first. */
public final class Attention {

    /** What the ordering looks at, per client. */
    public record Standing(long openAlerts, Instant lastSessionAt, Double rate) {

        long daysQuiet(Instant now) {
            return lastSessionAt == null ? Long.MAX_VALUE : Duration.between(lastSessionAt, now).toDays();
        }
    }

    private Attention() {
    }

    /** Open alerts first, then the longest silence, then the lowest adherence. */
    public static Comparator<Standing> order(Instant now) {
        return Comparator.comparingLong(Standing::openAlerts).reversed()
                .thenComparing(Comparator.comparingLong((Standing s) -> s.daysQuiet(now)).reversed())
                .thenComparing(s -> s.rate() == null ? 1.0 : s.rate());
    }
}
