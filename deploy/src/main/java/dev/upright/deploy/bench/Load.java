package dev.upright.deploy.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/** Closed-loop and open-loop load over {@link RawHttp} connections, on platform threads. */
final class Load {

    private Load() {
    }

    /** What one target gave: successes, failures by status (-1: connection failure), and the successes' latencies. */
    record Stats(long ok, long failed, Map<Integer, Long> failures, double seconds, long[] sortedNanos) {

        double perSecond() {
            return seconds == 0 ? 0 : ok / seconds;
        }

        double millis(double percentile) {
            if (sortedNanos.length == 0) return Double.NaN;
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        static Stats combine(List<Stats> parts) {
            long ok = 0;
            long failed = 0;
            double seconds = 0;
            Map<Integer, Long> failures = new TreeMap<>();
            for (Stats s : parts) {
                ok += s.ok;
                failed += s.failed;
                seconds += s.seconds;
                s.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
            }
            long[] all = parts.stream().flatMapToLong(s -> Arrays.stream(s.sortedNanos)).sorted().toArray();
            return new Stats(ok, failed, failures, seconds, all);
        }

        static Stats of(List<Long> nanos, long failed, Map<Integer, Long> failures) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Stats(sorted.length, failed, failures, 0, sorted);
        }
    }

    /** One caller's tally; each caller writes only its own, merged after the run. */
    private static final class Tally {
        long[] nanos = new long[1 << 14];
        int count;
        long failed;
        final Map<Integer, Long> failures = new TreeMap<>();

        void ok(long took) {
            if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
            nanos[count++] = took;
        }

        void failed(int status) {
            failed++;
            failures.merge(status, 1L, Long::sum);
        }
    }

    /**
     * {@code callers} threads, each on its own connection, each sending its next request as soon as the last is
     * answered, for {@code seconds}. {@code requests.apply(caller)} gives a caller's request bytes for each send
     * (the same array may be answered each time). {@code success} is the status that counts as done.
     */
    static Stats closed(String host, int port, int callers, double seconds, IntFunction<byte[]> requests, int success)
            throws InterruptedException {
        return closed(host, port, callers, seconds, Long.MAX_VALUE, requests, success);
    }

    /** As above, stopping early once {@code maxRequests} have been sent in all. */
    static Stats closed(String host, int port, int callers, double seconds, long maxRequests,
                        IntFunction<byte[]> requests, int success) throws InterruptedException {
        Tally[] tallies = new Tally[callers];
        Thread[] threads = new Thread[callers];
        var sent = new java.util.concurrent.atomic.AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        for (int i = 0; i < callers; i++) {
            int caller = i;
            Tally tally = tallies[i] = new Tally();
            threads[i] = Thread.ofPlatform().name("bench-caller-" + i).start(() -> {
                try (RawHttp http = new RawHttp(host, port)) {
                    while (System.nanoTime() < end && sent.incrementAndGet() <= maxRequests) {
                        byte[] request = requests.apply(caller);
                        long t0 = System.nanoTime();
                        int status = http.exchange(request);
                        long took = System.nanoTime() - t0;
                        if (status == success) tally.ok(took);
                        else tally.failed(status);
                    }
                }
            });
        }
        for (Thread t : threads) t.join();
        return merge(tallies, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Open loop: requests are due at a fixed rate whether or not earlier ones were answered, and each latency is
     * counted from when it was due, so a stall shows in the figures instead of slowing the sender down.
     */
    static Stats open(String host, int port, int connections, double seconds, double perSecond, byte[] request,
                      int success) throws InterruptedException {
        long total = (long) (seconds * perSecond);
        BlockingQueue<Long> due = new ArrayBlockingQueue<>((int) Math.max(16, total + connections));
        Tally[] tallies = new Tally[connections];
        Thread[] threads = new Thread[connections];
        long stop = Long.MIN_VALUE;
        for (int i = 0; i < connections; i++) {
            Tally tally = tallies[i] = new Tally();
            threads[i] = Thread.ofPlatform().name("bench-open-" + i).start(() -> {
                try (RawHttp http = new RawHttp(host, port)) {
                    while (true) {
                        long dueAt = due.take();
                        if (dueAt == Long.MIN_VALUE) return;
                        int status = http.exchange(request);
                        long took = System.nanoTime() - dueAt;
                        if (status == success) tally.ok(took);
                        else tally.failed(status);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long at = start + n * interval;
            long wait = at - System.nanoTime();
            if (wait > 0) LockSupport.parkNanos(wait);
            due.put(at);
        }
        for (int i = 0; i < connections; i++) due.put(stop);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        return merge(tallies, (System.nanoTime() - start) / 1e9);
    }

    private static Stats merge(Tally[] tallies, double seconds) {
        long ok = 0;
        long failed = 0;
        Map<Integer, Long> failures = new TreeMap<>();
        List<long[]> parts = new ArrayList<>();
        for (Tally t : tallies) {
            ok += t.count;
            failed += t.failed;
            t.failures.forEach((k, v) -> failures.merge(k, v, Long::sum));
            parts.add(Arrays.copyOf(t.nanos, t.count));
        }
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Stats(ok, failed, failures, seconds, all);
    }
}
