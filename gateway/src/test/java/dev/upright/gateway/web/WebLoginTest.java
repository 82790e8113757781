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
    void shouldLeadOnlyToTheRealmsOwnLoginPage() {
        var settings = WebLogin.settingsFor("https://login.example.org/auth/realms/upright", "upright-web");
        String page = "https://login.example.org/auth/realms/upright/protocol/openid-connect/auth?client_id=upright-web&state=1";

        assertThat(WebLogin.isLoginPage(settings, page)).isTrue();
        assertThat(WebLogin.isLoginPage(settings, page.replace("login.example.org", "login.example.org.evil.example"))).isFalse();
        assertThat(WebLogin.isLoginPage(settings, page.replace("https://", "https://someone@"))).isFalse();
        assertThat(WebLogin.isLoginPage(settings, page.replace("/realms/upright/", "/realms/master/"))).isFalse();
        assertThat(WebLogin.isLoginPage(settings, page.replace("/openid-connect/auth", "/openid-connect/auth/../logout"))).isFalse();
        assertThat(WebLogin.isLoginPage(settings, "http://keycloak:8080/realms/upright/protocol/openid-connect/auth")).isFalse();
        assertThat(WebLogin.isLoginPage(settings, "/realms/upright/protocol/openid-connect/auth")).isFalse();
        assertThat(WebLogin.isLoginPage(settings, "javascript:alert(1)")).isFalse();
    }

    @Test
    void shouldRevalidateThePageAndItsScriptsButNotTheVersionedLibraries() {
        assertThat(WebAppCaching.revalidates("/")).isTrue();
        assertThat(WebAppCaching.revalidates("/app/pages/today.js")).isTrue();
        assertThat(WebAppCaching.revalidates("/webjars/chart.js/4.5.1/dist/chart.umd.min.js")).isFalse();
    }
}
