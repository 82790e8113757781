package dev.upright.plan.generation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.GenerationResult.Generated;

/**
 * Plans per second and latency per plan over random profiles against the test catalogue, on one
 * thread. A plain main, not a test: see plan-service/README.md for the command.
 * Arguments: [plans per round] [warm-up plans] [rounds].
 *
 * <p>The warm-up runs first so the JIT has compiled the hot paths; then each round is timed on its
 * own, and the figures are the median round's. Besides wall-clock time it reports the thread's CPU
 * time: on a shared machine other processes take the core away now and then, which slows the wall
 * clock but not the CPU clock, so plans per CPU second is the steadier figure of the code itself. The
 * process's CPU time is shown too: it adds the garbage collector's and the JIT's threads.
 */
public final class GeneratorBenchmark {

    private static final String[] EQUIPMENT = {"dumbbells", "barbell", "resistance-band", "cable", "bench", "wall",
            "chair", "pull-up-bar", "stress-ball", "doorway", "mat"};
    private static final String[] PAIN = {"neck", "shoulders", "lower-back", "hands", "chest"};

    public static void main(String[] args) {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Catalogue catalogue = TestCatalogue.full();
        PlanGenerator generator = new PlanGenerator();
        SplittableRandom random = new SplittableRandom(2026);
        List<ClientProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) profiles.add(randomProfile(random));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += consume(generator.generate(profiles.get(i % profiles.size()), catalogue, i));
        }
        double[] wallRates = new double[rounds];
        double[] cpuRates = new double[rounds];
        double[] processRates = new double[rounds];
        long[] nanos = new long[plans * rounds];
        int generated = 0;
        for (int r = 0; r < rounds; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long processStart = process.getProcessCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < plans; i++) {
                // Every round sees the same profiles and seeds
                long t0 = System.nanoTime();
                GenerationResult result = generator.generate(profiles.get(i % profiles.size()), catalogue, i);
                nanos[r * plans + i] = System.nanoTime() - t0;
                if (result instanceof Generated) generated++;
                sink += consume(result);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double processSeconds = (process.getProcessCpuTime() - processStart) / 1e9;
            wallRates[r] = plans / seconds;
            cpuRates[r] = plans / cpuSeconds;
            processRates[r] = plans / processSeconds;
            System.out.printf("round %d: %d plans in %.2f s wall, %.2f s thread CPU, %.2f s process CPU: "
                            + "%.0f plans/s wall, %.0f per thread CPU second, %.0f per process CPU second%n",
                    r + 1, plans, seconds, cpuSeconds, processSeconds, wallRates[r], cpuRates[r], processRates[r]);
        }
        Arrays.sort(nanos);
        int total = plans * rounds;
        System.out.printf("%d plans a round (%d generated, %d refused), %d rounds after %d warm-up plans%n",
                plans, generated / rounds, plans - generated / rounds, rounds, warmUp);
        System.out.printf("%.0f plans/s on one thread (median round, wall clock; %.0f per thread CPU second, "
                        + "%.0f per process CPU second); per plan p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                median(wallRates), median(cpuRates), median(processRates),
                nanos[total / 2] / 1e6, nanos[(int) (total * 0.99)] / 1e6, nanos[total - 1] / 1e6);
        if (sink == 42) System.out.println(); // keeps the results observable, so no work is optimised away
    }

    private static long consume(GenerationResult result) {
        return switch (result) {
            case Generated g -> g.plan().weeks().size() + g.plan().explanations().size();
            case GenerationResult.Unsatisfiable u -> u.violations().size();
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Mostly plannable clients: everyone has a band, some report pain, a few sit at a desk. */
    private static ClientProfile randomProfile(SplittableRandom random) {
        TreeSet<String> kit = new TreeSet<>();
        kit.add("resistance-band");
        for (String item : EQUIPMENT) if (random.nextBoolean()) kit.add(item);
        TreeSet<Goal> goals = new TreeSet<>();
        for (Goal goal : Goal.values()) if (random.nextBoolean()) goals.add(goal);
        TreeSet<String> pain = new TreeSet<>();
        if (random.nextInt(4) == 0) pain.add(PAIN[random.nextInt(PAIN.length)]);
        Experience level = Experience.values()[random.nextInt(3)];
        return new ClientProfile(level, kit, goals, null, random.nextInt(5) == 0 ? 30 : null, random.nextBoolean(),
                pain, java.util.Set.of(), 4 + random.nextInt(5));
    }
}
