package dev.upright.support.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "upright.outbox")
public interface OutboxConfig {

    /** Events sent per transaction of the relay. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for Kafka to acknowledge one event before it tries again later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
