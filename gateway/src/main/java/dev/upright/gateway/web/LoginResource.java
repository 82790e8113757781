package dev.upright.gateway.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.upright.gateway.problem.GatewayProblem;
import dev.upright.web.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The web app's way to Keycloak's login page. The app asks {@code /login/status} before it sends anyone to log in,
 * and sends the browser through {@code /login} rather than straight to Keycloak: when Keycloak is down the browser
 * gets a page of ours saying so (503) instead of the browser's own "cannot connect" error.
 */
@Path("/login")
@Tag(name = "Web app")
public class LoginResource {

    /** Seconds a caller should wait before asking again; Keycloak takes about that long to start. */
    static final long RETRY_AFTER_SECONDS = 30;

    private final LoginAvailability availability;
    private final WebLogin login;

    LoginResource(LoginAvailability availability, WebLogin login) {
        this.availability = availability;
        this.login = login;
    }

    @GET
    @Path("/status")
    @Operation(summary = "Whether users can log in now (503 problem+json with Retry-After when Keycloak does not answer)")
    public Uni<Response> status() {
        return availability.available().map(available -> {
            if (!available) {
                throw GatewayProblem.loginUnavailable(RETRY_AFTER_SECONDS);
            }
            return Response.ok(Map.of("available", true), MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore()).build();
        });
    }

    @GET
    @Operation(summary = "Sends the browser on to the Keycloak login page given in 'to', or says that sign-in is unavailable (503)")
    public Uni<Response> login(@QueryParam("to") String to, @Context HttpHeaders headers) {
        if (to != null && !login.isLoginPage(to)) {
            throw ProblemException.invalid("to", "must be the login page of the platform's Keycloak realm");
        }
        return availability.available().map(available -> {
            if (available) {
                return Response.seeOther(URI.create(to == null ? "/" : to)).cacheControl(noStore()).build();
            }
            if (!wantsHtml(headers.getAcceptableMediaTypes())) {
                throw GatewayProblem.loginUnavailable(RETRY_AFTER_SECONDS);
            }
            return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Retry-After", RETRY_AFTER_SECONDS).cacheControl(noStore())
                    .entity(LoginUnavailablePage.render(to)).build();
        });
    }

    /** Browsers list text/html first; API clients ask for JSON or anything. */
    static boolean wantsHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || "problem+json".equals(type.getSubtype())) {
                return false;
            }
        }
        return false;
    }

    private static CacheControl noStore() {
        var cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
