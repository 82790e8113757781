package dev.upright.gateway.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.gateway.openapi.PublicApiDocument;
import io.smallrye.mutiny.Uni;

/**
 * The public API's description and a Swagger UI to read and try it. Swagger UI's files come from a
 * dependency and are served by the gateway itself (under /webjars), so nothing is fetched from the
 * internet; its start script is a file too, since the Content-Security-Policy forbids inline scripts.
 */
@Path("/api")
@PermitAll
public class ApiDocsResource {

    private final PublicApiDocument document;
    private final String page;
    private final String startScript;

    ApiDocsResource(PublicApiDocument document) {
        this.document = document;
        String swaggerUi = "/webjars/swagger-ui/" + swaggerUiVersion();
        this.page = read("api-docs/index.html").replace("{swagger-ui}", swaggerUi);
        this.startScript = read("api-docs/start.js");
    }

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of the whole public API, gathered from the services")
    public Uni<ObjectNode> openapi() {
        return document.document();
    }

    @GET
    @Path("/docs")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Swagger UI for the public API")
    public String docs() {
        return page;
    }

    @GET
    @Path("/docs/start.js")
    @Produces("text/javascript")
    @Operation(hidden = true)
    public String start() {
        return startScript;
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing on the classpath: " + name);
        }
        return in;
    }
}
