package dev.upright.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.ProblemException;

class IfMatchTest {

    @Test
    void shouldReadTheVersionFromAStrongAWeakOrABareTag() {
        assertThat(IfMatch.version("\"3\"", "the plan")).isEqualTo(3L);
        assertThat(IfMatch.version("W/\"12\"", "the plan")).isEqualTo(12L);
        assertThat(IfMatch.version(" 7 ", "the plan")).isEqualTo(7L);
    }

    @Test
    void shouldTreatAMissingHeaderAsNoVersion() {
        assertThat(IfMatch.version(null, "the plan")).isNull();
        assertThat(IfMatch.version("  ", "the plan")).isNull();
    }

    @Test
    void shouldNameTheHeaderWhenTheTagIsNotAVersion() {
        assertThatThrownBy(() -> IfMatch.version("\"abc\"", "the exercise"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("ETag of the exercise");
    }

    @Test
    void shouldAnswer428WhenTheHeaderIsRequired() {
        assertThat(IfMatch.required("the exercise").status()).isEqualTo(428);
    }
}
