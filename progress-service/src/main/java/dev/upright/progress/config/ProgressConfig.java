package dev.upright.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "upright.progress")
public interface ProgressConfig {

    /** Pain at or above this score (0-10) raises an alert even when it is not sharp or worsening. */
    @WithDefault("5")
    int painAlertThreshold();

    /** Pain on an exercise this many points above its previous log raises an alert. */
    @WithDefault("2")
    int painRisePoints();

    /** Days without a logged session, while a plan is active, before the therapist is alerted. */
    @WithDefault("7")
    int quietDays();

    /** Drop of the weekly adherence rate, in percentage points against the week before, that raises an alert. */
    @WithDefault("20")
    int adherenceDropPoints();

    /** How often quiet clients and adherence drops are looked for ("off" disables the sweep). */
    @WithDefault("1h")
    String sweepInterval();

    /** How long after startup the first sweep waits: the instance's own start is done by then. */
    @WithDefault("1m")
    String sweepDelay();
}
