package dev.upright.plan.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.GenerationResult.Generated;

/**
 * Plans per second and latency per plan over random profiles against the test catalogue. A plain
 * main, not a test: see plan-service/README.md for the command. Arguments: [plans] [warm-up plans].
 */
public final class GeneratorBenchmark {

    private static final String[] EQUIPMENT = {"dumbbells", "barbell", "resistance-band", "cable", "bench", "wall",
            "chair", "pull-up-bar", "stress-ball", "doorway", "mat"};
    private static final String[] PAIN = {"neck", "shoulders", "lower-back", "hands", "chest"};

    public static void main(String[] args) {
        int plans = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Catalogue catalogue = TestCatalogue.full();
        PlanGenerator generator = new PlanGenerator();
        SplittableRandom random = new SplittableRandom(2026);
        List<ClientProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) profiles.add(randomProfile(random));

        int generated = 0;
        for (int i = 0; i < warmUp; i++) {
            if (generator.generate(profiles.get(i % profiles.size()), catalogue, i) instanceof Generated) generated++;
        }
        long[] nanos = new long[plans];
        generated = 0;
        long start = System.nanoTime();
        for (int i = 0; i < plans; i++) {
            long t0 = System.nanoTime();
            GenerationResult result = generator.generate(profiles.get(i % profiles.size()), catalogue, i);
            nanos[i] = System.nanoTime() - t0;
            if (result instanceof Generated) generated++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        System.out.printf("%d plans (%d generated, %d refused) in %.2f s: %.0f plans/s; per plan p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                plans, generated, plans - generated, seconds, plans / seconds,
                nanos[plans / 2] / 1e6, nanos[(int) (plans * 0.99)] / 1e6, nanos[plans - 1] / 1e6);
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
