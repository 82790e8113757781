package dev.upright.gateway.headers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void shouldAllowOnlyTheGatewayAndKeycloakInTheContentSecurityPolicy() {
        Map<String, String> headers = SecurityHeaders.of(Optional.of("http://localhost:8180"), Optional.empty(),
                Optional.empty());

        String csp = headers.get("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self' http://localhost:8180", "form-action 'self' http://localhost:8180",
                "frame-ancestors 'none'", "object-src 'none'");
        assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void shouldSendHstsOnlyWhenConfigured() {
        assertThat(SecurityHeaders.of(Optional.empty(), Optional.empty(), Optional.empty()))
                .doesNotContainKey("Strict-Transport-Security");
        assertThat(SecurityHeaders.of(Optional.empty(), Optional.of(Duration.ofDays(365)), Optional.empty()))
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void shouldUseAConfiguredPolicyAsItIs() {
        assertThat(SecurityHeaders.of(Optional.of("http://kc"), Optional.empty(), Optional.of("default-src 'none'")))
                .containsEntry("Content-Security-Policy", "default-src 'none'");
    }

    @Test
    void shouldReduceAKeycloakUrlToItsOrigin() {
        assertThat(SecurityHeaders.originOf("http://localhost:8180/realms/upright")).isEqualTo("http://localhost:8180");
        assertThat(SecurityHeaders.originOf("https://login.example.org/")).isEqualTo("https://login.example.org");
        assertThatThrownBy(() -> SecurityHeaders.originOf("localhost:8180")).isInstanceOf(IllegalArgumentException.class);
    }
}
