package dev.upright.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebLoginTest {

    @Test
    void shouldSplitTheRealmUrlIntoKeycloakAndRealm() {
        var settings = WebLogin.settingsFor("https://login.example.org/auth/realms/upright/", "upright-web");

        assertThat(settings.url()).isEqualTo("https://login.example.org/auth");
        assertThat(settings.realm()).isEqualTo("upright");
        assertThat(settings.clientId()).isEqualTo("upright-web");
    }

    @Test
    void shouldRejectAUrlThatNamesNoRealm() {
        assertThatThrownBy(() -> WebLogin.settingsFor("http://localhost:8180/", "upright-web"))
                .hasMessageContaining("/realms/<realm>");
    }

    @Test
    void shouldRevalidateThePageAndItsScriptsButNotTheVersionedLibraries() {
        assertThat(WebAppCaching.revalidates("/")).isTrue();
        assertThat(WebAppCaching.revalidates("/app/pages/today.js")).isTrue();
        assertThat(WebAppCaching.revalidates("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).isFalse();
    }
}
