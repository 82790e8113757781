package dev.upright.plan.generation;

import static dev.upright.plan.generation.PlanAssertions.everything;
import static dev.upright.plan.generation.PlanAssertions.generated;
import static dev.upright.plan.generation.PlanAssertions.refused;
import static dev.upright.plan.generation.PlanAssertions.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.ClientProfile.Goal;
import dev.upright.plan.generation.GenerationResult.Generated;
import dev.upright.plan.generation.GenerationResult.Unsatisfiable;
import dev.upright.plan.generation.TemplateAdjuster.Template;
import dev.upright.plan.generation.rules.PlanRules;

class TemplateAdjusterTest {

    /** Rules that say whether a client may do an exercise at all, whatever the plan's shape. */
    private static final Set<RuleCode> SAFETY = EnumSet.of(RuleCode.KNOWN_EXERCISE, RuleCode.CONTRAINDICATION,
            RuleCode.PAIN_AREA, RuleCode.EQUIPMENT, RuleCode.LEVEL, RuleCode.LIGHT_START, RuleCode.EXPLAINED);

    private final PlanGenerator generator = new PlanGenerator();
    private final TemplateAdjuster adjuster = new TemplateAdjuster();
    private final Catalogue catalogue = TestCatalogue.full();

    @Test
    void shouldReplaceDumbbellWorkForABeginnerWithOnlyABandAndSayWhatWasReplaced() {
        Template template = intermediateWithDumbbells(7);
        assertThat(slugsOf(template)).contains("bent-over-row");
        ClientProfile beginner = Profiles.beginner().equipment("resistance-band").build();

        GeneratedPlan plan = generated(adjuster.adjust(template, beginner, catalogue, catalogue));

        assertThat(everything(plan)).allSatisfy(p -> assertThat(p.setup().equipment())
                .as(p.slug()).isSubsetOf("none", "resistance-band", "wall", "doorway", "chair", "floor"));
        assertThat(PlanRules.checkAll(beginner, catalogue, plan)).filteredOn(v -> SAFETY.contains(v.rule())).isEmpty();
        assertThat(everything(plan).flatMap(p -> p.reasons().stream()))
                .anySatisfy(r -> {
                    assertThat(r.rule()).isIn(RuleCode.EQUIPMENT, RuleCode.LEVEL);
                    assertThat(r.text()).startsWith("Replaces Bent-over row of the template \"Desk strength\"")
                            .contains("needs dumbbells");
                });
        assertThat(plan.weeks()).hasSize(template.weeks().size());
        assertThat(plan.explanations()).anySatisfy(r -> {
            assertThat(r.rule()).isEqualTo(RuleCode.TEMPLATE);
            assertThat(r.text()).contains("\"Desk strength\"");
        });
    }

    @Test
    void shouldReplaceAlongTheProgressionChainBeforeLookingSideways() {
        Template template = oneSession(List.of(strength("bent-over-row", new Dose.Reps(3, 10, 8.0)),
                strength("scapular-squeeze", new Dose.Reps(3, 12, null)), strength("bridge", new Dose.Reps(2, 10, null))));
        ClientProfile beginner = Profiles.beginner().equipment("resistance-band", "mat").build();

        PlannedSession session = sessions(generated(adjuster.adjust(template, beginner, catalogue, catalogue))).findFirst().orElseThrow();

        Prescription row = session.strengthening().getFirst();
        assertThat(row.slug()).isEqualTo("band-row");
        assertThat(row.dose()).as("the template's sets and reps, lowered for a beginner, without the dumbbell load")
                .isEqualTo(new Dose.Reps(2, 10, null));
        assertThat(row.reasons().getFirst().text()).contains("an easier variation along its progression (2 steps down)");
        Prescription kept = session.strengthening().get(1);
        assertThat(kept.slug()).isEqualTo("scapular-squeeze");
        assertThat(kept.dose()).isEqualTo(new Dose.Reps(2, 12, null));
        assertThat(kept.reasons()).extracting(Reason::rule).containsExactly(RuleCode.TEMPLATE, RuleCode.LIGHT_START);
    }

    @Test
    void shouldKeepAnIntermediatesDoseWhenTheLevelAllowsIt() {
        Template template = oneSession(List.of(strength("bent-over-row", new Dose.Reps(3, 10, 8.0)),
                strength("scapular-squeeze", new Dose.Reps(3, 12, null)), strength("bridge", new Dose.Reps(2, 10, null))));
        ClientProfile intermediate = Profiles.at(Experience.INTERMEDIATE).equipment("dumbbells", "mat").build();

        PlannedSession session = sessions(generated(adjuster.adjust(template, intermediate, catalogue, catalogue))).findFirst().orElseThrow();

        assertThat(session.strengthening()).extracting(Prescription::dose)
                .containsExactly(new Dose.Reps(3, 10, 8.0), new Dose.Reps(3, 12, null), new Dose.Reps(2, 10, null));
    }

    @Test
    void shouldLookForTheSameMovementThenTheSameCategoryWhenTheChainRunsOut() {
        // Wall angel has no easier variation; the client has no wall. Face pull: a chain that only leads up.
        Template template = oneSession(List.of(strength("band-row", new Dose.Reps(2, 10, null)),
                strength("wall-angel", new Dose.Reps(2, 8, null)), strength("bridge", new Dose.Reps(2, 10, null))));
        ClientProfile client = Profiles.beginner().equipment("resistance-band", "mat").without("wall").build();

        PlannedSession session = sessions(generated(adjuster.adjust(template, client, catalogue, catalogue))).findFirst().orElseThrow();

        Prescription replaced = session.strengthening().get(1);
        assertThat(TestCatalogue.bySlug(replaced.slug()).category()).isEqualTo("posture");
        assertThat(replaced.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(RuleCode.EQUIPMENT);
            assertThat(r.text()).startsWith("Replaces Wall angel").contains("needs wall").contains("another posture exercise");
        });
    }

    @Test
    void shouldRefuseWhenNoRowTheClientCanDoIsLeftAndSayWhatWouldFixIt() {
        Template template = intermediateWithDumbbells(3);
        ClientProfile noRows = Profiles.beginner().equipment("resistance-band").contraindicated("row").build();

        List<Violation> violations = refused(adjuster.adjust(template, noRows, catalogue, catalogue));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleCode.ROW_REQUIRED);
            assertThat(v.detail()).contains("week 1, session 1").contains("ruled out by the therapist (row)");
            assertThat(v.fix()).contains("contraindications");
        });
    }

    @Test
    void shouldRepeatTheTemplatesWeeksWhenALongerPlanIsAskedFor() {
        Template template = intermediateWithDumbbells(11);
        ClientProfile client = Profiles.at(Experience.INTERMEDIATE).equipment("dumbbells", "bench", "resistance-band", "mat")
                .weeks(template.weeks().size() + 2).build();

        GeneratedPlan plan = generated(adjuster.adjust(template, client, catalogue, catalogue));

        assertThat(plan.weeks()).hasSize(template.weeks().size() + 2);
        assertThat(slugs(plan.weeks().get(template.weeks().size()))).isEqualTo(slugs(plan.weeks().getFirst()));
        assertThat(slugs(plan.weeks().get(1))).isNotEqualTo(slugs(plan.weeks().getFirst()));
    }

    @Test
    void shouldReplaceARetiredExerciseFromWhatTheClinicStillKnowsOfIt() {
        Template template = oneSession(List.of(strength("band-row", new Dose.Reps(2, 10, null)),
                strength("face-pull", new Dose.Reps(2, 12, null)), strength("bridge", new Dose.Reps(2, 10, null))));
        Catalogue current = TestCatalogue.without(o -> o.slug().equals("face-pull"));

        PlannedSession session = sessions(generated(adjuster.adjust(template, Profiles.beginner().build(), current, catalogue)))
                .findFirst().orElseThrow();

        assertThat(session.strengthening().get(1).slug()).isEqualTo("band-pull-apart");
        assertThat(session.strengthening().get(1).reasons().getFirst().rule()).isEqualTo(RuleCode.KNOWN_EXERCISE);
    }

    /** Whatever the template and the client, an adjusted plan holds nothing the client's profile rules out. */
    @Test
    void anAdjustedPlanNeverHoldsAnExerciseTheProfileExcludes() {
        int[] adjusted = {0};
        PlanGeneratorPropertyTest.forEachTry(600, PlanGeneratorPropertyTest::anyInput, in -> {
            Template template = templateFrom(new SplittableRandom(in.seed()));
            GenerationResult result = adjuster.adjust(template, in.profile(), in.catalogue(), catalogue);
            switch (result) {
                case Generated g -> {
                    adjusted[0]++;
                    everything(g.plan()).forEach(p -> {
                        ExerciseOption o = in.catalogue().find(p.exerciseId()).orElseThrow();
                        assertThat(Eligibility.exclusions(o, in.profile())).as(o.slug()).isEmpty();
                        assertThat(p.block() == Block.WARM_UP && o.isStaticStretch()).as("stretch in warm-up").isFalse();
                        assertThat(p.reasons()).isNotEmpty();
                    });
                    assertThat(PlanRules.checkAll(in.profile(), in.catalogue(), g.plan()))
                            .filteredOn(v -> SAFETY.contains(v.rule())).isEmpty();
                    if (!in.profile().deskWorker()) assertThat(g.plan().postureBreaks()).as("breaks, not at a desk").isEmpty();
                }
                case Unsatisfiable u -> assertThat(u.violations()).allSatisfy(v -> {
                    assertThat(v.detail()).isNotBlank();
                    assertThat(v.fix()).isNotBlank();
                });
            }
            assertThat(adjuster.adjust(template, in.profile(), in.catalogue(), catalogue)).as("deterministic").isEqualTo(result);
        });
        if (Long.getLong("upright.property.seed") == null) assertThat(adjusted[0]).as("adjusted of 600").isGreaterThan(100);
    }

    // --- templates ----------------------------------------------------------------------------------

    /** A plan generated for a well-equipped intermediate desk worker, saved as a template. */
    private Template intermediateWithDumbbells(long seed) {
        ClientProfile source = Profiles.at(Experience.INTERMEDIATE)
                .equipment("dumbbells", "bench", "resistance-band", "mat", "doorway", "stress-ball")
                .goals(Goal.POSTURE, Goal.STRENGTH).deskWorker().build();
        return templateOf(generated(generator.generate(source, catalogue, seed)));
    }

    /** Any generated plan of an easy profile, as a template. */
    private Template templateFrom(SplittableRandom random) {
        for (int attempt = 0; ; attempt++) {
            var in = PlanGeneratorPropertyTest.easyInput(random);
            if (generator.generate(in.profile(), in.catalogue(), in.seed()) instanceof Generated g) return templateOf(g.plan());
            if (attempt > 20) throw new IllegalStateException("no easy profile got a plan");
        }
    }

    private static Template templateOf(GeneratedPlan plan) {
        return new Template("Desk strength", plan.weeks().stream().map(w -> new PlannedWeek(w.sessions().stream()
                .map(s -> new PlannedSession(bare(s.warmUp()), bare(s.strengthening()), bare(s.coolDown()))).toList())).toList(),
                bare(plan.postureBreaks()));
    }

    private static List<Prescription> bare(List<Prescription> rows) {
        return rows.stream().map(p -> new Prescription(p.exerciseId(), p.slug(), p.name(), p.block(), p.dose(), List.of())).toList();
    }

    private static Template oneSession(List<Prescription> strengthening) {
        List<Prescription> warmUp = List.of(move("arm-circles", Block.WARM_UP, new Dose.Timed(2)),
                move("neck-rolls", Block.WARM_UP, new Dose.Timed(1.5)), move("shoulder-rolls", Block.WARM_UP, new Dose.Timed(1.5)));
        List<Prescription> coolDown = List.of(move("rhomboid-stretch", Block.COOL_DOWN, new Dose.Hold(1, 20, 3)),
                move("butterfly-stretch", Block.COOL_DOWN, new Dose.Hold(1, 20, 2)),
                move("upper-trapezius-stretch", Block.COOL_DOWN, new Dose.Hold(1, 15, 3)));
        return new Template("One session", List.of(new PlannedWeek(List.of(new PlannedSession(warmUp, strengthening, coolDown)))),
                List.of());
    }

    private static Prescription strength(String slug, Dose dose) {
        return move(slug, Block.STRENGTHENING, dose);
    }

    private static Prescription move(String slug, Block block, Dose dose) {
        ExerciseOption o = TestCatalogue.bySlug(slug);
        return new Prescription(o.id(), o.slug(), o.name(), block, dose, List.of());
    }

    private static Set<String> slugsOf(Template template) {
        return template.weeks().stream().flatMap(w -> w.sessions().stream()).flatMap(s -> s.inOrder().stream())
                .map(Prescription::slug).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> slugs(PlannedWeek week) {
        return week.sessions().stream().flatMap(s -> s.inOrder().stream()).map(Prescription::slug).toList();
    }
}
