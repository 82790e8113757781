package dev.upright.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.plan.generation.Block;
import dev.upright.plan.generation.ClientProfile;
import dev.upright.plan.generation.ClientProfile.Experience;
import dev.upright.plan.generation.Dose;
import dev.upright.plan.generation.ExerciseOption;
import dev.upright.plan.generation.Prescription;
import dev.upright.plan.generation.Reason;
import dev.upright.plan.generation.RuleCode;
import dev.upright.plan.generation.TestCatalogue;
import dev.upright.plan.generation.Violation;

class SafetyRulesTest {

    private static final ClientProfile BEGINNER_WITH_BAND = new ClientProfile(Experience.BEGINNER, Set.of("resistance-band"),
            Set.of(), null, null, false, Set.of("neck"), Set.of("face-pull"), null);

    @Test
    void shouldAcceptAnExerciseTheClientCanDo() {
        assertThat(broken("band-row", Block.STRENGTHENING)).isEmpty();
    }

    @Test
    void shouldNameEachSafetyRuleAnExerciseBreaks() {
        assertThat(broken("renegade-row", Block.STRENGTHENING)).extracting(Violation::rule)
                .containsExactlyInAnyOrder(RuleCode.LEVEL, RuleCode.EQUIPMENT);
        assertThat(broken("face-pull", Block.STRENGTHENING)).extracting(Violation::rule).contains(RuleCode.CONTRAINDICATION);
        assertThat(broken("levator-scapulae-stretch", Block.COOL_DOWN)).extracting(Violation::rule).contains(RuleCode.PAIN_AREA);
    }

    @Test
    void shouldRefuseAStaticStretchInTheWarmUpButNotInTheCoolDown() {
        assertThat(broken("rhomboid-stretch", Block.WARM_UP)).extracting(Violation::rule).containsExactly(RuleCode.WARM_UP);
        assertThat(broken("rhomboid-stretch", Block.COOL_DOWN)).isEmpty();
    }

    @Test
    void shouldTreatAnExerciseMissingFromTheCatalogueAsBroken() {
        var unknown = new Prescription(UUID.randomUUID(), "gone", "Gone move", Block.STRENGTHENING, new Dose.Reps(2, 10, null),
                List.of(new Reason(RuleCode.EXPLAINED, "kept from an older plan")));
        assertThat(SafetyRules.broken(new SafetyRules.Placed("week 1, session 1", unknown), BEGINNER_WITH_BAND,
                TestCatalogue.full())).extracting(Violation::rule).containsExactly(RuleCode.KNOWN_EXERCISE);
    }

    private static List<Violation> broken(String slug, Block block) {
        ExerciseOption option = TestCatalogue.bySlug(slug);
        var p = new Prescription(option.id(), option.slug(), option.name(), block, option.dose(),
                List.of(new Reason(RuleCode.EXPLAINED, "test")));
        return SafetyRules.broken(new SafetyRules.Placed("week 1, session 1, " + block.label(), p), BEGINNER_WITH_BAND,
                TestCatalogue.full());
    }
}
