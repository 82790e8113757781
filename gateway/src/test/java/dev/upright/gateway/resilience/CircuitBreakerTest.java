package dev.upright.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.resilience.CircuitBreaker.State;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong(0);
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquire()).isEmpty();
            breaker.onFailure();
        }
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void shouldOpenAfterConsecutiveFailuresAndRefuseCallsWithTheWaitLeft() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        fail(1);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).hasValue(10);
        advance(Duration.ofMillis(7_500));
        assertThat(breaker.tryAcquire()).hasValue(3);
    }

    @Test
    void shouldStartCountingAgainAfterASuccess() {
        fail(2);
        assertThat(breaker.tryAcquire()).isEmpty();
        breaker.onSuccess();
        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void shouldLetOneProbeThroughOnceTheOpenTimeHasPassed() {
        fail(3);
        advance(Duration.ofSeconds(10));

        assertThat(breaker.tryAcquire()).isEmpty();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        // While the probe is out, everyone else is still turned away
        assertThat(breaker.tryAcquire()).isPresent();
        assertThat(breaker.tryAcquire()).isPresent();
    }

    @Test
    void shouldCloseWhenTheProbeSucceeds() {
        fail(3);
        advance(Duration.ofSeconds(11));
        assertThat(breaker.tryAcquire()).isEmpty();

        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isEmpty();
        assertThat(breaker.tryAcquire()).isEmpty();
    }

    @Test
    void shouldReopenForAnotherFullPeriodWhenTheProbeFails() {
        fail(3);
        advance(Duration.ofSeconds(10));
        assertThat(breaker.tryAcquire()).isEmpty();

        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).hasValue(10);
        advance(Duration.ofSeconds(9));
        assertThat(breaker.tryAcquire()).hasValue(1);
    }

    @Test
    void shouldNotExtendTheOpenPeriodForCallsThatStartedBeforeItOpened() {
        for (int i = 0; i < 5; i++) {
            assertThat(breaker.tryAcquire()).isEmpty();
        }
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
        advance(Duration.ofSeconds(6));
        breaker.onFailure();
        breaker.onFailure();

        assertThat(breaker.tryAcquire()).hasValue(4);
    }

    @Test
    void shouldNeverLetCallsThroughWhileOpenWhateverTheSequence() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            AtomicLong clock = new AtomicLong();
            CircuitBreaker subject = new CircuitBreaker(1 + random.nextInt(4), Duration.ofSeconds(5), clock::get);
            long openedAt = -1;
            for (int step = 0; step < 100; step++) {
                clock.addAndGet(Duration.ofMillis(random.nextInt(2_000)).toNanos());
                boolean allowed = subject.tryAcquire().isEmpty();
                if (openedAt >= 0 && clock.get() - openedAt < Duration.ofSeconds(5).toNanos()) {
                    assertThat(allowed).as("seed %d step %d", seed, step).isFalse();
                    continue;
                }
                if (!allowed) {
                    continue;
                }
                if (random.nextInt(3) == 0) {
                    subject.onSuccess();
                    openedAt = -1;
                } else {
                    subject.onFailure();
                    openedAt = subject.state() == State.OPEN ? clock.get() : -1;
                }
            }
        }
    }

    @Test
    void shouldRejectSettingsThatCouldNeverWork() {
        assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1), now::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CircuitBreaker(1, Duration.ZERO, now::get))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
