package dev.upright.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Where the gateway sends what. Each entry of {@code upright.gateway.services} names a service, its base
 * URL and the path patterns it owns (see {@link dev.upright.gateway.routing.RouteTable}); defaults for
 * the local stack are in application.properties, and every value can be overridden by an environment
 * variable such as {@code UPRIGHT_GATEWAY_SERVICES_CATALOG_URL}.
 */
@ConfigMapping(prefix = "upright.gateway")
public interface GatewayConfig {

    Map<String, Service> services();

    /** Longest wait for an upstream's complete answer before the gateway answers 503. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Kept short so an unreachable service is reported quickly instead of holding the caller. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * Open connections kept to each service. Vert.x allows only 5 unless told otherwise, which queues
     * concurrent requests behind each other inside the gateway.
     */
    @WithDefault("50")
    int maxConnectionsPerService();

    RateLimit rateLimit();

    Breaker circuitBreaker();

    SecurityHeaders securityHeaders();

    OpenApi openapi();

    /** One breaker per service: after repeated failures the gateway stops calling it for a while. */
    interface Breaker {

        /** Failed calls in a row (unreachable, timed out, broken connection) that open the breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long calls are refused before one probe call is let through. */
        @WithDefault("15s")
        Duration openFor();
    }

    /** Headers the gateway adds to every answer, pages and API alike. */
    interface SecurityHeaders {

        /**
         * Where browsers reach Keycloak (scheme://host:port, or a URL of which only the origin counts): pages may
         * connect and post forms there. Defaults to the origin of {@code quarkus.oidc.auth-server-url}.
         */
        Optional<String> keycloakOrigin();

        /** Set only when the gateway is reached over HTTPS: HSTS over plain HTTP would lock out local use. */
        Optional<Duration> hstsMaxAge();

        /** A whole Content-Security-Policy in place of the built one (self, Keycloak, no framing). */
        Optional<String> contentSecurityPolicy();
    }

    /** The public API description gathered from the services' own OpenAPI documents. */
    interface OpenApi {

        /** How long a gathered document is served before the services are asked again. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** Per service; a service that takes longer is left out of the document for this round. */
        @WithDefault("3s")
        Duration fetchTimeout();
    }

    /** Requests per minute through the gateway; per gateway instance (several replicas each allow this much). */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Shared by every user and integration of one clinic. */
        @WithDefault("1200")
        int clinicPerMinute();

        /** Per OAuth client (the web app counts once per clinic; each integration client on its own). */
        @WithDefault("600")
        int clientPerMinute();

        /** Limits for particular OAuth clients (by client id), in place of {@code clientPerMinute}. */
        Map<String, Integer> clientOverrides();
    }

    interface Service {

        /**
         * Base URL, for example http://localhost:8081; the request path is appended to it unchanged. Several
         * instances of one service, comma-separated, are called in turn (see {@code ServiceInstances}); behind a
         * Kubernetes Service there is one URL and the Service spreads the calls.
         */
        @WithName("url")
        List<String> urls();

        List<String> paths();
    }

    default Map<String, List<String>> pathsByService() {
        return services().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().paths()));
    }
}
