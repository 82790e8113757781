package dev.upright.gateway.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the browser logs in: Keycloak's base URL as the browser reaches it, the realm and the public client.
 * Also the origin the pages must be allowed to call (token and refresh requests), for the Content-Security-Policy.
 */
@Singleton
public class WebLogin {

    /** Browser-side login settings, as served at /web-config.json. */
    public record Settings(String url, String realm, String clientId) {
    }

    private final Settings settings;

    WebLogin(WebAppConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String gatewayAuthServerUrl) {
        this.settings = settingsFor(config.authServerUrl().orElse(gatewayAuthServerUrl), config.clientId());
    }

    /** Splits a realm URL (https://host/realms/name) into Keycloak's base URL and the realm name. */
    static Settings settingsFor(String realmUrl, String clientId) {
        String trimmed = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int at = trimmed.lastIndexOf("/realms/");
        if (at < 0 || at + "/realms/".length() == trimmed.length()) {
            throw new IllegalArgumentException("The web app's auth server URL must end in /realms/<realm>, not " + realmUrl);
        }
        return new Settings(trimmed.substring(0, at), trimmed.substring(at + "/realms/".length()), clientId);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Whether the URL is the realm's authorization endpoint as the browser reaches it: the only place the gateway's
     * login route sends a browser on to, so that it can never be used to redirect anywhere else.
     */
    public boolean isLoginPage(String url) {
        return isLoginPage(settings, url);
    }

    static boolean isLoginPage(Settings settings, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        URI base = URI.create(settings.url());
        return uri.isAbsolute() && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                && base.getScheme().equalsIgnoreCase(uri.getScheme())
                && base.getRawAuthority().equalsIgnoreCase(uri.getRawAuthority())
                && (base.getRawPath() + "/realms/" + settings.realm() + "/protocol/openid-connect/auth").equals(uri.getRawPath());
    }

    /** Scheme, host and port of Keycloak as the browser sees it, e.g. http://localhost:8180. */
    public String keycloakOrigin() {
        URI uri = URI.create(settings.url());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
