package dev.upright.support.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "upright.outbox")
public interface OutboxConfig {

    /** Events claimed per transaction of the relay; all of a batch are in flight to Kafka at once. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for Kafka to acknowledge a batch before it keeps the rest for later. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * The relay is woken by every commit that wrote an event; this poll only picks up what no wake-up
     * announced (events of an instance that stopped before relaying them), and paces retries while Kafka is away.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long the instance relaying the outbox may go without renewing its hold before another instance takes
     * over. It must exceed the send timeout plus a fifth of itself, the longest a working relay goes between
     * renewals; it is also how long a crashed relay's events wait for another instance.
     */
    @WithDefault("15s")
    Duration lease();
}
