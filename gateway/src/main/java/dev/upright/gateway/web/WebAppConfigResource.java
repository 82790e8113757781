package dev.upright.gateway.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tells the web app where to log in. Public on purpose: it holds nothing secret (the client is public and
 * the realm's address is on every login page), and the page needs it before anyone is logged in.
 */
@Path("/web-config.json")
@Tag(name = "Web app")
public class WebAppConfigResource {

    private final WebLogin login;

    WebAppConfigResource(WebLogin login) {
        this.login = login;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Login settings of the web app (Keycloak URL, realm, public client)")
    public Response get() {
        var cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(login.settings()).cacheControl(cache).build();
    }
}
