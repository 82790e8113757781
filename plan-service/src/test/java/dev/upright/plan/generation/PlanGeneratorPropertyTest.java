package dev.upright.plan.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Random profiles against random cuts of the test catalogue: the rules hold whatever the input. */
class PlanGeneratorPropertyTest {

    private static final List<String> EQUIPMENT = List.of("dumbbells", "barbell", "resistance-band", "cable", "bench",
            "wall", "chair", "pull-up-bar", "stress-ball", "doorway", "mat");
    private static final List<String> PAIN = List.of("neck", "shoulders", "upper-back", "mid-back", "lower-back", "chest",
            "arms", "hands", "trunk", "hips", "legs", "pectorals", "forearms");
    private static final List<String> CONTRA = Stream.concat(
            TestCatalogue.all().stream().map(ExerciseOption::slug),
            Stream.of("row", "hinge", "retraction", "static-stretch", "mobility")).toList();

    private final PlanGenerator generator = new PlanGenerator();

    @Property(tries = 800)
    void everyResultKeepsTheRulesOrNamesAFix(@ForAll("profiles") ClientProfile profile,
                                             @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
        GenerationResult result = generator.generate(profile, catalogue, seed);
        Statistics.collect(result instanceof Unsatisfiable u ? "refused for " + u.violations().getFirst().rule() : "generated");
        PlanInvariants.hold(profile, catalogue, result);
    }

    @Property(tries = 400)
    void sameProfileCatalogueAndSeedGiveTheSamePlan(@ForAll("profiles") ClientProfile profile,
                                                    @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
        List<ExerciseOption> shuffled = new ArrayList<>(catalogue.options());
        Collections.shuffle(shuffled, new Random(seed));

        GenerationResult first = generator.generate(profile, catalogue, seed);

        assertThat(generator.generate(profile, catalogue, seed)).isEqualTo(first);
        assertThat(generator.generate(profile, new Catalogue(catalogue.version(), shuffled), seed)).isEqualTo(first);
    }

    @Property(tries = 400)
    void aClientWithABandAndAMatAndNoLimitsAlwaysGetsAPlan(@ForAll("easyProfiles") ClientProfile profile, @ForAll long seed) {
        GenerationResult result = generator.generate(profile, TestCatalogue.full(), seed);

        assertThat(result).isInstanceOf(Generated.class);
        PlanInvariants.hold(profile, TestCatalogue.full(), result);
    }

    @Property(tries = 400)
    void aRefusedRowReallyHasNoFittingRow(@ForAll("profiles") ClientProfile profile,
                                         @ForAll("catalogues") Catalogue catalogue, @ForAll long seed) {
        GenerationResult result = generator.generate(profile, catalogue, seed);
        boolean anyRowFits = catalogue.options().stream().anyMatch(o -> o.movement().equals("row")
                && STRENGTHENING_CATEGORIES.contains(o.category())
                && o.equipment().stream().allMatch(e -> e.equals("none") || profile.equipment().contains(e))
                && profile.contraindications().stream().noneMatch(c -> c.equals(o.slug()) || c.equals(o.movement()))
                && PainAreas.loadedArea(o, profile.painAreas()).isEmpty()
                && Eligibility.levelAllows(profile.experience(), o.difficulty()));
        boolean refusedForRow = result instanceof Unsatisfiable u
                && u.violations().stream().anyMatch(v -> v.rule() == RuleCode.ROW_REQUIRED);

        assertThat(refusedForRow).isEqualTo(!anyRowFits);
    }

    private static final Set<String> STRENGTHENING_CATEGORIES = Categories.STRENGTHENING;

    @Provide
    Arbitrary<ClientProfile> profiles() {
        Arbitrary<Integer> sessions = Arbitraries.integers().between(0, 7).injectNull(0.9);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(10, 60).injectNull(0.8);
        Arbitrary<Integer> weeks = Arbitraries.integers().between(1, 6).injectNull(0.5);
        return Combinators.combine(
                        Arbitraries.of(Experience.class),
                        Arbitraries.of(EQUIPMENT).set().ofMaxSize(EQUIPMENT.size()),
                        Arbitraries.of(Goal.class).set(),
                        sessions, minutes, Arbitraries.of(true, false),
                        mostlyEmpty(Arbitraries.of(PAIN).set().ofMaxSize(2)),
                        mostlyEmpty(Arbitraries.of(CONTRA).set().ofMaxSize(3)))
                .flatAs((level, kit, goals, perWeek, limit, desk, pain, contra) -> weeks.map(w ->
                        new ClientProfile(level, kit, goals, perWeek, limit, desk, pain, contra, w)));
    }

    /** Half the clients report no pain (or have no contraindications), as most do. */
    private static Arbitrary<Set<String>> mostlyEmpty(Arbitrary<Set<String>> sets) {
        return Arbitraries.oneOf(Arbitraries.just(Set.of()), sets);
    }

    @Provide
    Arbitrary<ClientProfile> easyProfiles() {
        return Combinators.combine(
                        Arbitraries.of(Experience.class),
                        Arbitraries.of(EQUIPMENT).set(),
                        Arbitraries.of(Goal.class).set(),
                        Arbitraries.of(true, false))
                .as((level, kit, goals, desk) -> {
                    Set<String> withBandAndMat = new java.util.HashSet<>(kit);
                    withBandAndMat.addAll(Set.of("resistance-band", "mat"));
                    return new ClientProfile(level, withBandAndMat, goals, null, null, desk, Set.of(), Set.of(), null);
                });
    }

    /** The full catalogue or a random cut of it (each exercise kept with probability 3 in 4). */
    @Provide
    Arbitrary<Catalogue> catalogues() {
        return Arbitraries.longs().map(cut -> {
            if (cut % 4 == 0) return TestCatalogue.full();
            Random random = new Random(cut);
            return new Catalogue("cut-" + cut, TestCatalogue.all().stream().filter(o -> random.nextInt(4) != 0).toList());
        });
    }
}
