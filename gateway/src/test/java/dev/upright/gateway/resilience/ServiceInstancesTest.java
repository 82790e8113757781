package dev.upright.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.upright.gateway.resilience.ServiceInstances.Instance;

class ServiceInstancesTest {

    private final AtomicLong now = new AtomicLong();
    private final ServiceInstances plan = new ServiceInstances(
            List.of("http://plan-a:8080/", " http://plan-b:8080", "http://plan-c:8080"),
            () -> new CircuitBreaker(2, Duration.ofSeconds(10), now::get));

    private String nextUrl() {
        Instance instance = plan.next(List.of()).orElseThrow();
        instance.breaker().onSuccess();
        return instance.baseUrl();
    }

    @Test
    void shouldCallEachInstanceInTurn() {
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            called.add(nextUrl());
        }

        assertThat(called).containsExactly("http://plan-a:8080", "http://plan-b:8080", "http://plan-c:8080",
                "http://plan-a:8080", "http://plan-b:8080", "http://plan-c:8080");
    }

    @Test
    void shouldLeaveOutInstancesAlreadyTriedForTheRequest() {
        Instance first = plan.next(List.of()).orElseThrow();
        Instance second = plan.next(List.of(first)).orElseThrow();
        Instance third = plan.next(List.of(first, second)).orElseThrow();

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(plan.next(List.of(first, second, third))).isEmpty();
    }

    @Test
    void shouldPassOverAnInstanceWhoseBreakerOpenedUntilItMayBeProbed() {
        Instance down = plan.all().get(1);
        down.breaker().onFailure();
        down.breaker().onFailure();

        List<String> called = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            called.add(nextUrl());
        }
        assertThat(called).doesNotContain("http://plan-b:8080").hasSize(4);

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        List<String> afterRest = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            afterRest.add(nextUrl());
        }
        assertThat(afterRest).contains("http://plan-b:8080");
    }

    @Test
    void shouldTellHowLongUntilTheFirstInstanceTakesCallsWhenAllRest() {
        plan.all().forEach(instance -> {
            instance.breaker().onFailure();
            instance.breaker().onFailure();
            now.addAndGet(Duration.ofSeconds(3).toNanos());
        });

        assertThat(plan.next(List.of())).isEmpty();
        // Opened at 0, 3 and 6 s; now is 9 s: the first may be probed in 1 s
        assertThat(plan.secondsUntilOneTakesCalls()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAServiceWithoutUrl() {
        assertThatThrownBy(() -> new ServiceInstances(List.of(), () -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
