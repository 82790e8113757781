package dev.upright.plan.generation;

import dev.upright.plan.generation.ClientProfile.Experience;

/**
 * Sessions a week. Beginners start with 1 or 2 (default 2), everyone else 2 or 3 (default 3).
 * A therapist may set any number from 1 to 6: outside the usual range it is honoured (the article's
 * ranges are a starting point, not a ceiling for supervised clients), but a seventh day is left for rest.
 */
public final class Frequency {

    public static final int THERAPIST_MIN = 1;
    public static final int THERAPIST_MAX = 6;

    private Frequency() {
    }

    public static int usualMin(Experience experience) {
        return experience == Experience.BEGINNER ? 1 : 2;
    }

    public static int usualMax(Experience experience) {
        return experience == Experience.BEGINNER ? 2 : 3;
    }

    public static int sessionsPerWeek(ClientProfile profile) {
        return profile.sessionsPerWeek() != null ? profile.sessionsPerWeek() : usualMax(profile.experience());
    }

    public static boolean isUsual(ClientProfile profile, int sessions) {
        return sessions >= usualMin(profile.experience()) && sessions <= usualMax(profile.experience());
    }
}
