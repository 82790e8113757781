package dev.upright.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(0);
    private final RateLimiter limiter = new RateLimiter(60, now::get);

    @Test
    void shouldAllowABurstUpToTheLimitThenAskToWait() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire("clinic:harbor")).isEmpty();
        }
        assertThat(limiter.tryAcquire("clinic:harbor")).hasValue(1);
    }

    @Test
    void shouldRefillEvenlyOverTheMinute() {
        for (int i = 0; i < 60; i++) {
            limiter.tryAcquire("clinic:harbor");
        }
        now.addAndGet(Duration.ofMillis(2500).toNanos());
        assertThat(limiter.tryAcquire("clinic:harbor")).isEmpty();
        assertThat(limiter.tryAcquire("clinic:harbor")).isEmpty();
        assertThat(limiter.tryAcquire("clinic:harbor")).isPresent();
    }

    @Test
    void shouldKeepEachKeysBudgetSeparate() {
        for (int i = 0; i < 60; i++) {
            limiter.tryAcquire("clinic:harbor");
        }
        assertThat(limiter.tryAcquire("clinic:harbor")).isPresent();
        assertThat(limiter.tryAcquire("clinic:summit")).isEmpty();
    }
}
