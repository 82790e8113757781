package dev.upright.progress.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookKindTest {

    @Test
    void shouldCountPainAndRisingPainAsPainAlertsButNotSilenceOrAdherence() {
        assertThat(WebhookKind.isPainAlert("pain")).isTrue();
        assertThat(WebhookKind.isPainAlert("pain-rising")).isTrue();
        assertThat(WebhookKind.isPainAlert("no-recent-session")).isFalse();
        assertThat(WebhookKind.isPainAlert("adherence-drop")).isFalse();
    }

    @Test
    void shouldReadOnlyTheFourKindCodes() {
        assertThat(WebhookKind.CODES).containsExactly("session-logged", "pain-alert", "plan-activated", "plan-adjusted");
        assertThat(WebhookKind.fromCode("pain-alert")).contains(WebhookKind.PAIN_ALERT);
        assertThat(WebhookKind.fromCode("Pain-Alert")).isEmpty();
    }
}
