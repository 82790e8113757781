package dev.upright.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "upright.progress")
public interface ProgressConfig {

    /** Pain at or above this score (0-10) raises an alert even when it is not sharp or worsening. */
    @WithDefault("5")
    int painAlertThreshold();
}
