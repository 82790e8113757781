package dev.upright.plan.progression;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import dev.upright.contracts.progress.PainKind;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ClientProfile.Experience;

/** Small builders for the progression tests: days count from a fixed start, session ids from the day. */
final class Histories {

    static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

    private Histories() {
    }

    static Instant day(int day) {
        return START.plus(day, ChronoUnit.DAYS);
    }

    static UUID sessionId(int day) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", day));
    }

    static SessionResult good(int day) {
        return new SessionResult(sessionId(day), day(day), true, 6, 0, null);
    }

    static SessionResult effort(int day, int rpe) {
        return new SessionResult(sessionId(day), day(day), true, rpe, 0, null);
    }

    static SessionResult pain(int day, int score, String kind) {
        return new SessionResult(sessionId(day), day(day), true, 5, score, PainKind.fromCode(kind));
    }

    static SessionResult incomplete(int day) {
        return new SessionResult(sessionId(day), day(day), false, 6, 0, null);
    }

    static ClientProfile client(Experience experience, String... equipment) {
        return new ClientProfile(experience, Set.of(equipment), Set.of(ClientProfile.Goal.STRENGTH), null, null,
                false, Set.of(), Set.of(), null);
    }
}
