package dev.upright.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    RateLimit rateLimit();

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

        /** Base URL, for example http://localhost:8081; the request path is appended to it unchanged. */
        String url();

        List<String> paths();
    }

    default Map<String, List<String>> pathsByService() {
        return services().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().paths()));
    }
}
