package dev.upright.plan.accounts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How plan-service reaches Keycloak's admin API as its own confidential client. The REST client and the
 * OIDC client that fetches its service-account token are configured from these values in
 * application.properties, so they are set in one place.
 */
@ConfigMapping(prefix = "upright.accounts")
public interface AccountsConfig {

    /** Keycloak's base URL as plan-service reaches it, without /realms/... (http://localhost:8180 locally). */
    String serverUrl();

    /** The platform realm, where the clinics' organizations and their users live. */
    @WithDefault("upright")
    String realm();

    /** plan-service's confidential client in that realm (service account with user-management roles). */
    @WithDefault("plan-service")
    String clientId();

    /** That client's secret: a demo value for the local stack, from a secret store anywhere real. */
    String clientSecret();
}
