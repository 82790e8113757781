package dev.upright.contracts.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainTest {

    @Test
    void shouldFindSharpWorseningOrUnrecognisedPainConcerningWhateverTheScore() {
        assertThat(Pain.concerning(2, PainKind.SHARP, 5)).isTrue();
        assertThat(Pain.concerning(1, PainKind.WORSENING, 5)).isTrue();
        assertThat(Pain.concerning(0, PainKind.UNRECOGNISED, 5)).isTrue();
    }

    @Test
    void shouldFindAnyPainAtOrAboveTheThresholdConcerning() {
        assertThat(Pain.concerning(5, PainKind.MILD_TENSION, 5)).isTrue();
        assertThat(Pain.concerning(5, null, 5)).isTrue();
        assertThat(Pain.concerning(4, PainKind.MILD_TENSION, 5)).isFalse();
        assertThat(Pain.concerning(4, null, 5)).isFalse();
    }

    @Test
    void shouldNotFindMildTensionOrNoKindConcerningByItself() {
        assertThat(Pain.concerning(PainKind.MILD_TENSION)).isFalse();
        assertThat(Pain.concerning((PainKind) null)).isFalse();
    }

    @Test
    void shouldReadCodesLenientlyAndNeverTakeAnUnknownOneForMild() {
        assertThat(PainKind.fromCode(" Sharp ")).isEqualTo(PainKind.SHARP);
        assertThat(PainKind.fromCode("mild-tension")).isEqualTo(PainKind.MILD_TENSION);
        assertThat(PainKind.fromCode("stabbing")).isEqualTo(PainKind.UNRECOGNISED);
        assertThat(PainKind.fromCode("unrecognised")).isEqualTo(PainKind.UNRECOGNISED);
        assertThat(PainKind.fromCode("  ")).isNull();
        assertThat(PainKind.fromCode(null)).isNull();
    }

    @Test
    void shouldAcceptForLoggingOnlyTheThreeCodesAsSpelled() {
        assertThat(PainKind.LOGGABLE).containsExactly("mild-tension", "sharp", "worsening");
        assertThat(PainKind.loggable("worsening")).contains(PainKind.WORSENING);
        assertThat(PainKind.loggable("Sharp")).isEmpty();
        assertThat(PainKind.loggable("unrecognised")).isEmpty();
        assertThat(PainKind.loggable("")).isEmpty();
        assertThat(PainKind.loggable(null)).isEmpty();
    }
}
