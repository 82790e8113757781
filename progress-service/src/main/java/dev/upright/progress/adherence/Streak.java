package dev.upright.progress.adherence;

import java.util.List;

/** Consecutive weeks, newest backwards, in which every prescribed session was done. */
public final class Streak {

    private Streak() {
    }

    /**
     * @param weeksOldestFirst weekly figures ending with the current week; the current week extends the
     *                         streak once met, and does not break it while still under way
     */
    public static int weeks(List<WeekFigures> weeksOldestFirst) {
        int streak = 0;
        for (int i = weeksOldestFirst.size() - 1; i >= 0; i--) {
            boolean current = i == weeksOldestFirst.size() - 1;
            if (weeksOldestFirst.get(i).met()) {
                streak++;
            } else if (!current) {
                break;
            }
        }
        return streak;
    }
}
