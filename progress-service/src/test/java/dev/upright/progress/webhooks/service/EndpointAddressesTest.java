package dev.upright.progress.webhooks.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.ProblemException;

class EndpointAddressesTest {

    private final EndpointAddresses publicOnly = Settings.addresses(false);

    @Test
    void shouldRefuseWith422AnEndpointWhoseHostIsNotAPublicAddress() {
        Map<String, String> refused = Map.of(
                "http://127.0.0.1:8083/hooks", "resolves to 127.0.0.1, a loopback address",
                "http://localhost/hooks", "loopback",
                "http://169.254.169.254/latest/meta-data/", "link-local",
                "https://10.0.0.5/hooks", "private",
                "https://172.20.0.2/hooks", "private",
                "https://192.168.1.10/hooks", "private",
                "https://100.64.1.1/hooks", "carrier-grade NAT",
                "https://[fd00::1]/hooks", "unique local",
                "http://0.0.0.0/hooks", "any-local");
        refused.forEach((url, why) -> assertThatThrownBy(() -> publicOnly.requireAllowed(url)).as(url)
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.getMessage()).contains(why).contains("public");
                }));
    }

    @Test
    void shouldAcceptAPublicAddressAndAnyAddressWhenTheDeploymentAllowsPrivateOnes() {
        assertThat(publicOnly.requireAllowed("https://93.184.215.14/hooks")).isEqualTo("https://93.184.215.14/hooks");
        assertThat(Settings.addresses(true).requireAllowed("http://127.0.0.1:9000/hooks"))
                .isEqualTo("http://127.0.0.1:9000/hooks");
        assertThat(publicOnly.blockedReason(URI.create("https://8.8.8.8/"))).isEmpty();
    }

    @Test
    void shouldRefuseWith400WhatIsNotAnHttpUrl() {
        for (String url : new String[] { "ftp://example.org/x", "file:///etc/passwd", "https:///no-host",
                "https://user:pw@example.org/", "not a url", "", "https://example.org/#part" }) {
            assertThatThrownBy(() -> Settings.addresses(true).requireAllowed(url)).as(url)
                    .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
        }
    }
}
