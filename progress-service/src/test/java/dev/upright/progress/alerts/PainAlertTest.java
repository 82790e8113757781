package dev.upright.progress.alerts;

import static dev.upright.progress.alerts.AlertIds.ROW;
import static dev.upright.progress.alerts.AlertIds.SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PainAlertTest {

    private final PainAlert rule = new PainAlert(5);

    @Test
    void shouldAlertOnSharpOrWorseningPainWhateverTheScoreAndOnStrongPainOfAnyKind() {
        assertThat(rule.concerning(2, "sharp")).isTrue();
        assertThat(rule.concerning(1, "worsening")).isTrue();
        assertThat(rule.concerning(5, "mild-tension")).isTrue();
        assertThat(rule.concerning(4, "mild-tension")).isFalse();
        assertThat(rule.concerning(0, null)).isFalse();
    }

    @Test
    void shouldRaiseAHighPainAlertOncePerSessionAndExerciseNamingScoreKindAndPlace() {
        assertThat(rule.check(SESSION, ROW, "Band row", 6, "sharp", "right shoulder")).contains(new AlertToRaise(
                "pain:" + SESSION + ":" + ROW, "high", "pain", "Pain reported on Band row: 6/10, sharp, right shoulder."));
    }

    @Test
    void shouldLeaveOutAKindOrPlaceNotReported() {
        assertThat(rule.check(SESSION, ROW, "this exercise", 7, null, null)).get()
                .extracting(AlertToRaise::detail).isEqualTo("Pain reported on this exercise: 7/10.");
    }

    @Test
    void shouldNotAlertOnMildTensionBelowTheThreshold() {
        assertThat(rule.check(SESSION, ROW, "Band row", 4, "mild-tension", "neck")).isEmpty();
    }

    @Test
    void shouldTellTheClientToStopTheExerciseAndSeekHelp() {
        assertThat(rule.safetyMessage("Band row")).startsWith("Stop Band row for now.")
                .contains("contact your therapist or a medical professional");
    }

    @Test
    void shouldRefuseAThresholdOutsideOneToTen() {
        assertThatThrownBy(() -> new PainAlert(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PainAlert(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
