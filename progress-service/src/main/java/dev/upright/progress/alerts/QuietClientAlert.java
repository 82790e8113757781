package dev.upright.progress.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** A client with an active plan who has logged nothing for the clinic's quiet days. */
public record QuietClientAlert(int quietDays) {

    /** The reason of the alert, by which a session that ends the quiet stretch finds it to close. */
    public static final String REASON = "no-recent-session";

    /** @param lastActivity the client's latest session, or the plan's activation when none came after it */
    public Optional<AlertToRaise> check(UUID clientId, Instant lastActivity, Instant now) {
        if (!lastActivity.isBefore(quietSince(now))) {
            return Optional.empty();
        }
        // One alert per quiet stretch: a later stretch starts from a later activity
        LocalDate since = lastActivity.atZone(ZoneOffset.UTC).toLocalDate();
        return Optional.of(new AlertToRaise("quiet:" + clientId + ":" + since, "medium", REASON,
                "No session logged since " + since + " although a plan is active."));
    }

    /** A session within the quiet days ends the stretch; one dated further back (logged late) does not. */
    public boolean endedBy(Instant performedAt, Instant now) {
        return !performedAt.isBefore(quietSince(now));
    }

    private Instant quietSince(Instant now) {
        return now.minusSeconds(quietDays * 86_400L);
    }
}
