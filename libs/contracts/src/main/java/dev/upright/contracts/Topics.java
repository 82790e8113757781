package dev.upright.contracts;

/** Kafka topics of the platform; each is keyed by its aggregate id so order per aggregate holds. */
public final class Topics {

    /** Exercise snapshots, keyed by exercise id; compacted, so it always holds the whole catalogue. */
    public static final String CATALOG_EXERCISES = "catalog.exercises";
    /** Plan activations and automatic changes, keyed by client id. */
    public static final String PLANS_LIFECYCLE = "plans.lifecycle";
    /** Logged sessions, keyed by client id. */
    public static final String PROGRESS_SESSIONS = "progress.sessions";

    private Topics() {
    }
}
