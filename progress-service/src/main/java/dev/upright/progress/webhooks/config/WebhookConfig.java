package dev.upright.progress.webhooks.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How clinic webhooks are sent: where to, how long to wait, and how failed deliveries are retried. */
@ConfigMapping(prefix = "upright.webhooks")
public interface WebhookConfig {

    /**
     * Whether endpoints may be on loopback, private, link-local, CGNAT or unique-local addresses. Off in production:
     * a clinic's URL must not reach the platform's own network (cloud metadata, databases, admin ports).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Connect and response timeout of one attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** Wait before the first retry; each further retry waits twice as long as the one before. */
    @WithDefault("30s")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxRetryDelay();

    /** A delivery still failing this long after it was queued is given up (status failed). */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** How often each instance looks for due deliveries ("off" stops sending). */
    @WithDefault("1s")
    String pollInterval();

    /** Deliveries each instance sends at the same time, so that one slow endpoint does not hold up the others. */
    @WithDefault("4")
    int workers();

    /** Most deliveries one poll sends, so that a backlog is spread over polls and instances. */
    @WithDefault("200")
    int maxPerPoll();
}
