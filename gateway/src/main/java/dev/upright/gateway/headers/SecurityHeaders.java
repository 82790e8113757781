package dev.upright.gateway.headers;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.upright.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;

/**
 * Adds the browser-facing security headers to every answer of the gateway: pages, static files, API
 * answers and the gateway's own errors. A header a page has set itself is left as it is.
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final Logger LOG = Logger.getLogger(SecurityHeaders.class);
    // Before the other HTTP filters (CORS, authentication), so their early answers get the headers too
    private static final int PRIORITY = 10_000;

    private final Map<String, String> headers;

    SecurityHeaders(GatewayConfig config,
            @ConfigProperty(name = "upright.gateway.web.auth-server-url") Optional<String> browserAuthServerUrl,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        GatewayConfig.SecurityHeaders settings = config.securityHeaders();
        // The web app talks to Keycloak where the browser reaches it, which may not be the gateway's own address
        Optional<String> keycloak = settings.keycloakOrigin().or(() -> browserAuthServerUrl).or(() -> authServerUrl)
                .map(SecurityHeaders::originOf);
        this.headers = of(keycloak, settings.hstsMaxAge(), settings.contentSecurityPolicy());
        LOG.infof("Security headers: %s", headers);
    }

    /** The headers for these settings; plain so the policy is tested without a server. */
    public static Map<String, String> of(Optional<String> keycloakOrigin, Optional<Duration> hstsMaxAge,
            Optional<String> contentSecurityPolicy) {
        String keycloak = keycloakOrigin.map(origin -> " " + origin).orElse("");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy.orElse(String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                // Swagger UI and charts draw small images as data: URLs
                "img-src 'self' data:",
                "font-src 'self'",
                // The web app may call Keycloak from the browser, and logging out posts a form that lands there
                "connect-src 'self'" + keycloak,
                "form-action 'self'" + keycloak,
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'")));
        headers.put("X-Content-Type-Options", "nosniff");
        // For browsers that predate frame-ancestors
        headers.put("X-Frame-Options", "DENY");
        // Paths name clients and plans: they stay within the platform
        headers.put("Referrer-Policy", "same-origin");
        hstsMaxAge.ifPresent(age -> headers.put("Strict-Transport-Security",
                "max-age=" + age.toSeconds() + "; includeSubDomains"));
        return Collections.unmodifiableMap(headers);
    }

    /** scheme://host[:port] of a URL; a value that is already an origin comes back unchanged. */
    static String originOf(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> headers.forEach((name, value) -> {
                if (!response.headers().contains(name)) {
                    response.putHeader(name, value);
                }
            }));
            context.next();
        }, PRIORITY);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
