package dev.upright.gateway.resilience;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Stops the gateway from calling a service that keeps failing. Closed: calls go through and consecutive
 * failures are counted; at {@code failureThreshold} it opens. Open: calls are refused at once (the caller
 * learns how long to wait) until {@code openFor} has passed. Half-open: one probe call is let through; its
 * success closes the breaker, its failure opens it again for another {@code openFor}. Plain Java with an
 * injected clock so each transition is tested without waiting.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probeInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("A circuit breaker needs a failure threshold of at least 1");
        }
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("A circuit breaker must stay open for a positive time");
        }
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Asks to make one call. When allowed, the caller must report its outcome with {@link #onSuccess()} or
     * {@link #onFailure()}.
     *
     * @return empty if the call may go ahead, else the whole seconds until the next probe is allowed
     */
    public synchronized OptionalLong tryAcquire() {
        switch (state) {
            case CLOSED:
                return OptionalLong.empty();
            case OPEN:
                long waited = nanoClock.getAsLong() - openedAt;
                if (waited < openForNanos) {
                    return OptionalLong.of(secondsUntil(openForNanos - waited));
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                return OptionalLong.empty();
            default:
                // One probe at a time: the others wait for its verdict instead of piling onto a sick service
                if (probeInFlight) {
                    return OptionalLong.of(1);
                }
                probeInFlight = true;
                return OptionalLong.empty();
        }
    }

    /** Like {@link #tryAcquire()} but asks for nothing: how long until a call would be let through, if it would not now. */
    public synchronized OptionalLong secondsUntilProbe() {
        if (state == State.OPEN) {
            long waited = nanoClock.getAsLong() - openedAt;
            return waited < openForNanos ? OptionalLong.of(secondsUntil(openForNanos - waited)) : OptionalLong.empty();
        }
        return state == State.HALF_OPEN && probeInFlight ? OptionalLong.of(1) : OptionalLong.empty();
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    public synchronized void onFailure() {
        if (state == State.OPEN) {
            return; // a call started before the breaker opened: the open period already accounts for it
        }
        probeInFlight = false;
        if (state == State.HALF_OPEN || ++consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
            consecutiveFailures = 0;
        }
    }

    /** The call was given up without a verdict (the caller went away): the next call may probe instead. */
    public synchronized void abandon() {
        probeInFlight = false;
    }

    public synchronized State state() {
        return state;
    }

    private static long secondsUntil(long nanos) {
        return Math.max(1, (long) Math.ceil(nanos / 1e9));
    }
}
