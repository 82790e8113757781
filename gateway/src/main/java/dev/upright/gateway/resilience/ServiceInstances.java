package dev.upright.gateway.resilience;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The running instances of one service, called in turn. Each instance has its own circuit breaker, so one
 * instance that is down or restarting is passed over while the others take its share; the service as a whole
 * rests only when every instance does. Plain Java, tested without starting anything.
 */
public final class ServiceInstances {

    /** One instance: its base URL (no trailing slash) and its breaker. */
    public record Instance(String baseUrl, CircuitBreaker breaker) {
    }

    private final List<Instance> instances;
    private final AtomicInteger turn = new AtomicInteger();

    public ServiceInstances(List<String> baseUrls, Supplier<CircuitBreaker> breakers) {
        if (baseUrls.isEmpty()) {
            throw new IllegalArgumentException("A service needs at least one URL");
        }
        this.instances = baseUrls.stream()
                .map(String::strip)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .map(url -> new Instance(url, breakers.get()))
                .toList();
    }

    /**
     * The next instance in turn, leaving out those already tried for this request and those whose breaker
     * refuses a call now. When one is returned its breaker counts the call: report the outcome to it.
     */
    public Optional<Instance> next(Collection<Instance> tried) {
        int first = Math.floorMod(turn.getAndIncrement(), instances.size());
        for (int i = 0; i < instances.size(); i++) {
            Instance candidate = instances.get((first + i) % instances.size());
            if (!tried.contains(candidate) && candidate.breaker().tryAcquire().isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** When no instance takes calls: the whole seconds until the first of them lets a probe through. */
    public long secondsUntilOneTakesCalls() {
        long shortest = Long.MAX_VALUE;
        for (Instance instance : instances) {
            OptionalLong wait = instance.breaker().secondsUntilProbe();
            shortest = Math.min(shortest, wait.orElse(0));
        }
        return Math.max(1, shortest);
    }

    public List<Instance> all() {
        return instances;
    }
}
