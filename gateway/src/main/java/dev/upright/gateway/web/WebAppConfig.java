package dev.upright.gateway.web;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the browser needs to log in. The realm URL the browser uses may differ from the one the gateway
 * checks tokens against (inside a cluster the gateway reaches Keycloak by a service name the browser cannot
 * resolve); unset, it is the gateway's own {@code quarkus.oidc.auth-server-url}.
 */
@ConfigMapping(prefix = "upright.gateway.web")
public interface WebAppConfig {

    /** The realm as the browser reaches it, for example https://login.example.org/realms/upright. */
    Optional<String> authServerUrl();

    /** The public OIDC client of the web app (authorization code flow with PKCE). */
    @WithDefault("upright-web")
    String clientId();

    /** How the gateway finds out whether Keycloak answers, before it sends a browser there to log in. */
    LoginCheck loginCheck();

    interface LoginCheck {

        /** Longer than this without an answer counts as down: the user should not wait for a dead server. */
        @WithDefault("2s")
        Duration timeout();

        /** How long one answer stands for all callers. */
        @WithDefault("5s")
        Duration cacheFor();
    }
}
