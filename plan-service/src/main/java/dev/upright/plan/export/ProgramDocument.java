package dev.upright.plan.export;

import java.time.LocalDate;
import java.util.List;

/**
 * What the client's printable program shows, as plain values: who it is for, the plan's dates, each session's
 * exercises with their doses, and the posture breaks. {@link ProgramPdf} lays it out.
 *
 * @param activeSince null for a plan not activated yet (a therapist printing a draft)
 */
public record ProgramDocument(String clientName, int weeks, int sessionsPerWeek, LocalDate activeSince,
        LocalDate printedOn, List<Session> sessions, List<Item> postureBreaks) {

    /** Told on the page as on the web app's program: the order of the blocks and when to stop. */
    public static final String SAFETY_NOTE = "Do the sessions in order: warm-up first, stretches last. Stop any exercise "
            + "that causes sharp or worsening pain and tell your therapist.";

    /** One session, its exercises in the plan's order (the layout groups them by block). */
    public record Session(int week, int order, List<Item> exercises) {
    }

    /**
     * @param block    warm-up, strengthening, cool-down or posture-break
     * @param dose     as the web app words it, such as "2 x 12" or "3 holds of 20 s"
     * @param setup    how it is done ("With resistance band: anchor at chest height"), or null
     * @param override the therapist's reason for keeping an exercise a safety rule would drop, or null
     */
    public record Item(String name, String block, String dose, boolean paused, String setup, String override) {
    }
}
