package dev.upright.plan.generation;

import java.util.Set;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;

/** Builds client profiles for tests: defaults are a beginner with a band and a mat, posture goal. */
final class Profiles {

    private Experience experience = Experience.BEGINNER;
    private Set<String> equipment = Set.of("resistance-band", "mat");
    private Set<Goal> goals = Set.of(Goal.POSTURE);
    private Integer sessionsPerWeek;
    private Integer sessionMinutes;
    private boolean deskWorker;
    private Set<String> painAreas = Set.of();
    private Set<String> contraindications = Set.of();
    private Integer weeks;
    private Set<String> unavailable = Set.of();

    static Profiles beginner() {
        return new Profiles();
    }

    static Profiles at(Experience experience) {
        Profiles p = new Profiles();
        p.experience = experience;
        return p;
    }

    Profiles equipment(String... codes) {
        equipment = Set.of(codes);
        return this;
    }

    Profiles goals(Goal... wanted) {
        goals = Set.of(wanted);
        return this;
    }

    Profiles sessionsPerWeek(Integer n) {
        sessionsPerWeek = n;
        return this;
    }

    Profiles sessionMinutes(Integer minutes) {
        sessionMinutes = minutes;
        return this;
    }

    Profiles deskWorker() {
        deskWorker = true;
        return this;
    }

    Profiles pain(String... areas) {
        painAreas = Set.of(areas);
        return this;
    }

    Profiles contraindicated(String... codes) {
        contraindications = Set.of(codes);
        return this;
    }

    Profiles weeks(Integer n) {
        weeks = n;
        return this;
    }

    /** Household items this client cannot use (every other one is taken as had). */
    Profiles without(String... householdItems) {
        unavailable = Set.of(householdItems);
        return this;
    }

    ClientProfile build() {
        return new ClientProfile(experience, equipment, goals, sessionsPerWeek, sessionMinutes, deskWorker,
                painAreas, contraindications, weeks, unavailable);
    }
}
