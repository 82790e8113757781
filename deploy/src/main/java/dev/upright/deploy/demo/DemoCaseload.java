package dev.upright.deploy.demo;

import java.util.List;

/**
 * Who the demo clinics treat: the realm's demo client logins, each with a profile, plus clients without a login
 * (their sessions are logged by the clinic, as for clients trained in the clinic). Varied on purpose: levels,
 * equipment, goals, desk work, how faithfully they train and what their pain does.
 */
final class DemoCaseload {

    /** How often a client does the prescribed sessions; {@code STOPPED} trained well, then not at all. */
    enum Adherence {
        STEADY(0.92, 0.08), PATCHY(0.5, 0.3), FAIR(0.72, 0.18), STOPPED(0.85, 0.15);

        final double attendance;
        final double partial;

        Adherence(double attendance, double partial) {
            this.attendance = attendance;
            this.partial = partial;
        }
    }

    /** What the client's pain does on one exercise of the plan; elsewhere it stays at 0-2. */
    enum PainStory {
        /** Nothing worth an alert. */
        CALM,
        /** Creeps up on one exercise, then jumps: progress-service raises a "pain rising" alert. */
        RISING,
        /** One sharp report: an alert for the therapist, and plan-service pauses the exercise. */
        SHARP
    }

    /**
     * @param login     the realm's demo login linked to the profile, or null for a client without one
     * @param therapist the staff login that owns the client (creates the profile and the plan)
     */
    record DemoClient(String name, String login, String therapist, String level, List<String> equipment,
            List<String> goals, int sessionsPerWeek, boolean deskWorker, List<String> painAreas, Adherence adherence,
            PainStory pain) {
    }

    /** @param staff the login that speaks for the clinic when seeding (waits for the catalogue, counts alerts) */
    record Clinic(String name, String staff, List<DemoClient> clients) {
    }

    /** Every demo user's password (deploy/keycloak/upright-realm.json; demo only). */
    static final String PASSWORD = "demo";

    private DemoCaseload() {
    }

    // Every profile has a resistance band or dumbbells: with those the generator plans a row for every level
    static final List<Clinic> CLINICS = List.of(
            new Clinic("Harbor Physiotherapy", "theo", List.of(
                    new DemoClient("Clara Novak", "clara", "theo", "intermediate", List.of("resistance-band", "dumbbells", "mat"),
                            List.of("posture", "strength"), 3, true, List.of(), Adherence.STEADY, PainStory.CALM),
                    new DemoClient("Colin Reyes", "colin", "theo", "beginner", List.of("resistance-band", "chair"),
                            List.of("ease-aches", "posture"), 2, true, List.of(), Adherence.PATCHY, PainStory.RISING),
                    new DemoClient("Chloe Sato", "chloe", "tessa", "advanced",
                            List.of("resistance-band", "dumbbells", "bench", "pull-up-bar"), List.of("strength"), 3, false,
                            List.of(), Adherence.STEADY, PainStory.SHARP),
                    new DemoClient("Maya Lindqvist", null, "theo", "intermediate", List.of("resistance-band", "cable", "wall"),
                            List.of("posture"), 3, true, List.of(), Adherence.STEADY, PainStory.CALM),
                    new DemoClient("Jonas Weber", null, "theo", "beginner", List.of("resistance-band", "doorway", "chair"),
                            List.of("ease-aches"), 2, true, List.of(), Adherence.STOPPED, PainStory.CALM),
                    new DemoClient("Priya Raman", null, "theo", "intermediate", List.of("resistance-band", "dumbbells", "bench", "mat"),
                            List.of("strength", "posture"), 3, false, List.of(), Adherence.FAIR, PainStory.SHARP),
                    new DemoClient("Oliver Brandt", null, "theo", "advanced",
                            List.of("dumbbells", "barbell", "bench", "pull-up-bar", "resistance-band"), List.of("strength"), 3,
                            false, List.of(), Adherence.STEADY, PainStory.CALM),
                    new DemoClient("Hannah Kowalski", null, "tessa", "beginner", List.of("resistance-band", "mat"),
                            List.of("posture", "ease-aches"), 2, true, List.of("neck"), Adherence.PATCHY, PainStory.RISING),
                    new DemoClient("Leo Fischer", null, "tessa", "intermediate", List.of("resistance-band", "dumbbells", "doorway"),
                            List.of("posture"), 3, true, List.of(), Adherence.FAIR, PainStory.CALM),
                    new DemoClient("Ines Duarte", null, "tessa", "beginner", List.of("resistance-band", "dumbbells", "wall"),
                            List.of("strength", "ease-aches"), 2, false, List.of(), Adherence.STEADY, PainStory.CALM))),
            new Clinic("Summit Coaching Studio", "sam", List.of(
                    new DemoClient("Sara Quinn", "sara", "sam", "intermediate", List.of("resistance-band", "dumbbells", "cable"),
                            List.of("strength", "posture"), 3, false, List.of(), Adherence.STEADY, PainStory.CALM),
                    new DemoClient("Simon Vale", "simon", "sam", "beginner", List.of("resistance-band", "mat"),
                            List.of("posture"), 2, true, List.of(), Adherence.PATCHY, PainStory.SHARP),
                    new DemoClient("Noah Clarke", null, "sam", "advanced",
                            List.of("dumbbells", "barbell", "bench", "pull-up-bar", "resistance-band"), List.of("strength"), 3,
                            false, List.of(), Adherence.STEADY, PainStory.CALM),
                    new DemoClient("Emma Rossi", null, "sam", "intermediate", List.of("resistance-band", "wall", "doorway"),
                            List.of("ease-aches", "posture"), 3, true, List.of("lower-back"), Adherence.STOPPED, PainStory.CALM),
                    new DemoClient("Lucas Meyer", null, "sam", "beginner", List.of("resistance-band", "chair"),
                            List.of("posture"), 2, true, List.of(), Adherence.FAIR, PainStory.RISING))));
}
