package dev.upright.catalog.domain;

import static dev.upright.catalog.domain.ProgressionChains.EASIER;
import static dev.upright.catalog.domain.ProgressionChains.HARDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.upright.catalog.domain.ProgressionChains.Links;

class ProgressionChainsTest {

    private final UUID band = UUID.randomUUID();
    private final UUID dumbbell = UUID.randomUUID();
    private final UUID barbell = UUID.randomUUID();
    private final UUID mine = UUID.randomUUID();

    /** band -> dumbbell -> barbell, linked both ways as the global catalogue does. */
    private final Map<UUID, Links> chain = Map.of(
            band, new Links(null, dumbbell),
            dumbbell, new Links(band, barbell),
            barbell, new Links(dumbbell, null));

    @Test
    void shouldAcceptAVariationBetweenTwoStepsOfAChain() {
        assertThat(ProgressionChains.loopingLinks(chain, mine, new Links(band, barbell))).isEmpty();
    }

    @Test
    void shouldRejectAHarderVariationThatIsAlreadyEasier() {
        var stored = Map.of(band, new Links(null, mine), mine, new Links(band, null));
        assertThat(ProgressionChains.loopingLinks(stored, mine, new Links(band, band))).containsExactly(HARDER, EASIER);
    }

    @Test
    void shouldRejectEasierVariationThatIsHarderThroughTheChain() {
        var stored = new java.util.HashMap<>(chain);
        stored.put(mine, new Links(null, band));
        // mine is easier than band, hence easier than barbell: barbell cannot be easier than mine
        assertThat(ProgressionChains.loopingLinks(stored, mine, new Links(barbell, band))).contains(EASIER);
    }

    @Test
    void shouldRejectAnExerciseAsItsOwnVariation() {
        assertThat(ProgressionChains.loopingLinks(chain, mine, new Links(null, mine))).containsExactly(HARDER);
        assertThat(ProgressionChains.loopingLinks(chain, mine, new Links(mine, null))).containsExactly(EASIER);
    }

    @Test
    void shouldRejectRelinkingTheTopOfAChainToItsBottom() {
        // barbell -> band -> dumbbell -> barbell: both of barbell's links lie on the loop
        assertThat(ProgressionChains.loopingLinks(chain, barbell, new Links(dumbbell, band)))
                .containsExactlyInAnyOrder(HARDER, EASIER);
        assertThat(ProgressionChains.loopingLinks(chain, barbell, new Links(null, band))).containsExactly(HARDER);
    }
}
