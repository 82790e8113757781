package dev.upright.support.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "upright.dead-letters")
public interface DeadLetterConfig {

    /** How long a dead letter is kept for an operator to read, fix and send again; older ones are pruned. */
    @WithDefault("30d")
    Duration retention();

    /**
     * How often the rows past their retention are deleted ({@code off}: never). Read by name in
     * {@link DeadLetterPruning}'s schedule, which takes an expression, not this mapping.
     */
    @WithDefault("1h")
    String pruneEvery();
}
