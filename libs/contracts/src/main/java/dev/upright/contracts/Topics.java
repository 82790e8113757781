package dev.upright.contracts;

import java.util.List;

/** Kafka topics of the platform; each is keyed by its aggregate id so order per aggregate holds. */
public final class Topics {

    /** Exercise snapshots, keyed by exercise id; compacted, so it always holds the whole catalogue. */
    public static final String CATALOG_EXERCISES = "catalog.exercises";
    /** Plan activations and automatic changes, keyed by client id. */
    public static final String PLANS_LIFECYCLE = "plans.lifecycle";
    /** Logged sessions and the alerts they (or time) raised, keyed by client id. */
    public static final String PROGRESS_SESSIONS = "progress.sessions";

    /** How a topic is laid out wherever the platform creates it (the local stack, the test servers, compose). */
    public record Layout(String name, int partitions, boolean compacted) {
    }

    /**
     * Every topic of the platform. {@code progress.sessions} has the most partitions: applying a logged session
     * mostly waits on the database, so a busy hour needs many partitions in flight, each still in order.
     */
    public static final List<Layout> ALL = List.of(
            new Layout(CATALOG_EXERCISES, 3, true),
            new Layout(PLANS_LIFECYCLE, 3, false),
            new Layout(PROGRESS_SESSIONS, 12, false));

    private Topics() {
    }
}
