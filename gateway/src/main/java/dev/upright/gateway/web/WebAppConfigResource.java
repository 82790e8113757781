package dev.upright.gateway.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tells the web app where to log in. Public on purpose: it holds nothing secret (the client is public and
 * the realm's address is on every login page), and the page needs it before anyone is logged in.
 */
@Path("/web-config.json")
@Tag(name = "Web app")
public class WebAppConfigResource {

    /** Browser-side login settings: Keycloak's base URL, the realm and the public client. */
    public record WebAppSettings(String url, String realm, String clientId) {
    }

    private final WebAppSettings settings;

    WebAppConfigResource(WebAppConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String gatewayAuthServerUrl) {
        this.settings = settingsFor(config.authServerUrl().orElse(gatewayAuthServerUrl), config.clientId());
    }

    /** Splits a realm URL (https://host/realms/name) into Keycloak's base URL and the realm name. */
    static WebAppSettings settingsFor(String realmUrl, String clientId) {
        String trimmed = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        int at = trimmed.lastIndexOf("/realms/");
        if (at < 0 || at + "/realms/".length() == trimmed.length()) {
            throw new IllegalArgumentException("The web app's auth server URL must end in /realms/<realm>, not " + realmUrl);
        }
        return new WebAppSettings(trimmed.substring(0, at), trimmed.substring(at + "/realms/".length()), clientId);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Login settings of the web app (Keycloak URL, realm, public client)")
    public Response get() {
        var cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(settings).cacheControl(cache).build();
    }
}
