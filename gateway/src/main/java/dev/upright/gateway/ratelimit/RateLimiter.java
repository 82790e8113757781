package dev.upright.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per key (a clinic, an API client): each holds up to {@code perMinute} requests and refills
 * evenly, so short bursts pass and a steady overload is cut to the allowed rate. Plain Java: the gateway
 * gives it a clock, tests give it a fake one.
 */
public final class RateLimiter {

    private final double capacity;
    private final double refillPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A rate limit must allow at least one request a minute");
        }
        this.capacity = perMinute;
        this.refillPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.nanoClock = nanoClock;
    }

    /** @return empty if the request may go on, else the whole seconds until one more would be allowed */
    public OptionalLong tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * refillPerNano);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosToNext = (1 - bucket.tokens) / refillPerNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToNext / 1e9)));
        }
    }
}
