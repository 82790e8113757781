package dev.upright.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The mapping as the deployment scripts use it: application.properties gives the local defaults and
 * environment variables replace or add entries. Built with SmallRye Config directly, with the same
 * ordinals Quarkus uses, so an environment can be simulated without starting a process.
 */
class GatewayConfigTest {

    @Test
    void shouldServeLocalStackDefaultsWithoutEnvironment() throws IOException {
        GatewayConfig config = load(Map.of());

        assertThat(config.services()).containsOnlyKeys("catalog", "plan", "progress");
        assertThat(config.services().get("catalog").urls()).containsExactly("http://localhost:8081");
        assertThat(config.services().get("catalog").paths())
                .containsExactly("/api/v1/exercises/**", "/api/v1/muscles/**", "/api/v1/equipment/**");
        assertThat(config.services().get("plan").paths()).contains("/api/v1/me/plan", "/api/v1/planning-catalogue/**");
        assertThat(config.services().get("plan").paths()).contains("/api/v1/plans/**", "/api/v1/me/plan/program.pdf");
        assertThat(config.services().get("progress").paths())
                .contains("/api/v1/clients/*/sessions/**", "/api/v1/exports/**", "/api/v1/me/exports/**");
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldTakeServiceUrlFromEnvironmentVariable() throws IOException {
        GatewayConfig config = load(Map.of(
                "UPRIGHT_GATEWAY_SERVICES_CATALOG_URL", "http://catalog-service:8080",
                "UPRIGHT_GATEWAY_SERVICES_PROGRESS_URL", "http://progress-service:8080"));

        assertThat(config.services().get("catalog").urls()).containsExactly("http://catalog-service:8080");
        assertThat(config.services().get("progress").urls()).containsExactly("http://progress-service:8080");
        assertThat(config.services().get("plan").urls()).containsExactly("http://localhost:8082");
        assertThat(config.services().get("catalog").paths()).hasSize(3);
    }

    @Test
    void shouldTakePathsAndTimeoutFromEnvironmentVariables() throws IOException {
        GatewayConfig config = load(Map.of(
                "UPRIGHT_GATEWAY_SERVICES_PLAN_PATHS", "/api/v1/clients/**,/api/v1/plans/**",
                "UPRIGHT_GATEWAY_REQUEST_TIMEOUT", "3s"));

        assertThat(config.services().get("plan").paths()).containsExactly("/api/v1/clients/**", "/api/v1/plans/**");
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void shouldTakeSeveralInstancesOfOneServiceFromACommaSeparatedUrl() throws IOException {
        GatewayConfig config = load(Map.of(
                "UPRIGHT_GATEWAY_SERVICES_PLAN_URL", "http://localhost:8082,http://localhost:8092"));

        assertThat(config.services().get("plan").urls()).containsExactly("http://localhost:8082", "http://localhost:8092");
    }

    @Test
    void shouldAddServiceDefinedOnlyInEnvironment() throws IOException {
        GatewayConfig config = load(Map.of(
                "UPRIGHT_GATEWAY_SERVICES_BILLING_URL", "http://billing:8080",
                "UPRIGHT_GATEWAY_SERVICES_BILLING_PATHS", "/api/v1/invoices/**"));

        assertThat(config.services()).containsKey("billing");
        assertThat(config.services().get("billing").urls()).containsExactly("http://billing:8080");
        assertThat(config.services().get("billing").paths()).containsExactly("/api/v1/invoices/**");
    }

    private static GatewayConfig load(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        GatewayConfigTest.class.getClassLoader().getResource("application.properties"), 250))
                .withSources(new EnvConfigSource(environment, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(GatewayConfig.class)
                .build()
                .getConfigMapping(GatewayConfig.class);
    }
}
