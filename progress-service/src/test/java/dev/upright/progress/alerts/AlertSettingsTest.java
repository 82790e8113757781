package dev.upright.progress.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.Problem.FieldError;

class AlertSettingsTest {

    @Test
    void shouldAcceptThresholdsWithinTheirRanges() {
        assertThat(new AlertSettings(5, 2, 7, 20).problems()).isEmpty();
        assertThat(new AlertSettings(1, 10, 90, 5).problems()).isEmpty();
    }

    @Test
    void shouldNameEveryThresholdMissingOrOutOfRange() {
        assertThat(new AlertSettings(0, null, 91, 4).problems()).containsExactly(
                new FieldError("painAlertThreshold", "must be between 1 and 10"),
                new FieldError("painRisePoints", "is required"),
                new FieldError("quietDays", "must be between 1 and 90"),
                new FieldError("adherenceDropPoints", "must be between 5 and 100"));
    }

    @Test
    void shouldSetEachRuleFromItsThreshold() {
        var settings = new AlertSettings(4, 3, 10, 25);
        assertThat(settings.painAlert()).isEqualTo(new PainAlert(4));
        assertThat(settings.painRising()).isEqualTo(new PainRisingAlert(3));
        assertThat(settings.quietClient()).isEqualTo(new QuietClientAlert(10));
        assertThat(settings.adherenceDrop()).isEqualTo(new AdherenceDropAlert(25));
    }
}
