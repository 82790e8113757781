package dev.upright.progress.webhooks.service;

import java.time.Duration;

import dev.upright.progress.webhooks.config.WebhookConfig;

/** Webhook settings as a deployment would set them, for beans built by hand in tests. */
record Settings(boolean allowPrivateAddresses) implements WebhookConfig {

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Duration firstRetry() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Duration maxRetryDelay() {
        return Duration.ofHours(1);
    }

    @Override
    public Duration giveUpAfter() {
        return Duration.ofHours(24);
    }

    @Override
    public String pollInterval() {
        return "off";
    }

    @Override
    public int workers() {
        return 1;
    }

    @Override
    public int maxPerPoll() {
        return 1;
    }

    static EndpointAddresses addresses(boolean allowPrivate) {
        var addresses = new EndpointAddresses();
        addresses.config = new Settings(allowPrivate);
        return addresses;
    }
}
