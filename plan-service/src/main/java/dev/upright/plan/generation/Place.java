package dev.upright.plan.generation;

/**
 * Where a prescription sits in a plan: week and session number from 1 and its block, or the daily
 * posture breaks (week and session 0).
 */
public record Place(int week, int session, Block block) {

    public static final Place POSTURE_BREAKS = new Place(0, 0, Block.POSTURE_BREAK);

    public boolean postureBreaks() {
        return week == 0;
    }

    /** "week 1, session 2, warm-up", or "daily posture breaks": how violation texts name the place. */
    public String where() {
        return postureBreaks() ? "daily posture breaks" : session(week, session) + ", " + block.label();
    }

    /** "week 1, session 2": how violation texts name a whole session. */
    public static String session(int week, int session) {
        return "week " + week + ", session " + session;
    }
}
