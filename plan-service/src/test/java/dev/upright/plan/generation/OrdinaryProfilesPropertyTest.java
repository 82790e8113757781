package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanGeneratorPropertyTest.forEachTry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;
import dev.upright.plan.generation.PlanGeneratorPropertyTest.Input;

/**
 * The clients a clinic actually sees, against the real global catalogue: any level, a few pieces of home or
 * gym equipment (each owned by about one client in four), any goals, desk work or not, sometimes a session
 * time limit, household items (wall, door frame, chair, floor) as every home has them. A therapist serves all
 * of them; the only refusal left is the client with no way to row at all. Prints the refusal rate, which
 * is the figure to watch when the catalogue or the rules change:
 * {@code ./mvnw -pl plan-service test -Dtest=OrdinaryProfilesPropertyTest}.
 */
class OrdinaryProfilesPropertyTest {

    static final int TRIES = 1_000;
    /** Equipment a client may own beyond household items; any of the first four rows. */
    private static final List<String> OWNED = List.of("resistance-band", "dumbbells", "barbell", "cable", "bench",
            "pull-up-bar", "stress-ball", "mat");
    private static final Set<String> ROWING_KIT = Set.of("resistance-band", "dumbbells", "barbell", "cable");
    private static final Integer[] SESSION_LIMITS = { null, null, null, null, null, 30, 45, 60 };

    private final PlanGenerator generator = new PlanGenerator();

    @Test
    void shouldGiveEveryOrdinaryClientWhoCanRowAPlanThatKeepsEveryRule() {
        int[] refused = new int[2];
        int[] withKit = new int[1];
        forEachTry(TRIES, OrdinaryProfilesPropertyTest::ordinary, in -> {
            GenerationResult result = generator.generate(in.profile(), in.catalogue(), in.seed());
            boolean canRow = in.profile().equipment().stream().anyMatch(ROWING_KIT::contains);
            if (canRow) withKit[0]++;
            if (result instanceof Unsatisfiable) refused[canRow ? 1 : 0]++;

            PlanInvariants.hold(in.profile(), in.catalogue(), result);
            if (canRow) {
                assertThat(result).as("a client with %s is served", in.profile().equipment()).isInstanceOf(Generated.class);
            }
        });
        System.out.printf("Ordinary profiles: %d of %d refused (%.1f%%); %d of the %d owning a band, dumbbells, "
                + "a barbell or a cable machine%n", refused[0] + refused[1], TRIES, 100.0 * (refused[0] + refused[1]) / TRIES,
                refused[1], withKit[0]);
    }

    @Test
    void shouldRefuseAClientWithNoWayToRowWithTheSmallestFixFirst() {
        forEachTry(200, random -> withoutRowingKit(ordinary(random)), in -> {
            GenerationResult result = generator.generate(in.profile(), in.catalogue(), in.seed());

            assertThat(result).isInstanceOf(Unsatisfiable.class);
            var violations = ((Unsatisfiable) result).violations();
            assertThat(violations).extracting(Violation::rule).containsExactly(RuleCode.ROW_REQUIRED);
            assertThat(violations.getFirst().fix()).startsWith("Add resistance band");
        });
    }

    static Input ordinary(SplittableRandom random) {
        Set<String> owned = new TreeSet<>();
        for (String item : OWNED) {
            if (random.nextInt(4) == 0) owned.add(item);
        }
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        for (Goal goal : Goal.values()) {
            if (random.nextBoolean()) goals.add(goal);
        }
        ClientProfile profile = new ClientProfile(Experience.values()[random.nextInt(3)], owned, goals, null,
                SESSION_LIMITS[random.nextInt(SESSION_LIMITS.length)], random.nextBoolean(), Set.of(), Set.of(), null);
        return new Input(profile, RealCatalogue.get(), List.of(), random.nextLong());
    }

    private static Input withoutRowingKit(Input in) {
        ClientProfile p = in.profile();
        Set<String> owned = new TreeSet<>(p.equipment());
        owned.removeAll(ROWING_KIT);
        return new Input(new ClientProfile(p.experience(), owned, p.goals(), p.sessionsPerWeek(), p.sessionMinutes(),
                p.deskWorker(), p.painAreas(), p.contraindications(), p.weeks()), in.catalogue(), in.dropped(), in.seed());
    }
}
