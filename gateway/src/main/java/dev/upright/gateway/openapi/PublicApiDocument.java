package dev.upright.gateway.openapi;

import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.gateway.config.GatewayConfig;
import dev.upright.gateway.routing.RouteTable;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The public API description, gathered from each service's {@code /q/openapi} and kept for a short
 * while. A service that cannot be asked leaves its part out, and the description says so; the document
 * itself is always served.
 */
@ApplicationScoped
public class PublicApiDocument {

    private static final Logger LOG = Logger.getLogger(PublicApiDocument.class);

    private final GatewayConfig config;
    private final ObjectMapper mapper;
    private final OpenApiMerger merger;
    private final WebClient client;
    private final Uni<ObjectNode> cached;

    /** One service's answer: its document, or why there is none. */
    private record Part(String service, JsonNode document, String problem) {
    }

    PublicApiDocument(GatewayConfig config, ObjectMapper mapper, Vertx vertx) {
        this.config = config;
        this.mapper = mapper;
        this.merger = new OpenApiMerger(RouteTable.of(config.pathsByService()));
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.openapi().fetchTimeout().toMillis())
                .setName("upright-gateway-openapi"));
        this.cached = Uni.createFrom().deferred(this::gather).memoize().atLeast(config.openapi().cacheTtl());
    }

    public Uni<ObjectNode> document() {
        return cached;
    }

    private Uni<ObjectNode> gather() {
        List<Uni<Part>> parts = config.services().entrySet().stream()
                .map(entry -> fetch(entry.getKey(), entry.getValue().urls()))
                .toList();
        return Uni.join().all(parts).andFailFast().map(answers -> {
            SortedMap<String, JsonNode> documents = new TreeMap<>();
            SortedMap<String, String> missing = new TreeMap<>();
            for (Part part : answers) {
                if (part.document() != null) {
                    documents.put(part.service(), part.document());
                } else {
                    missing.put(part.service(), part.problem());
                }
            }
            return merger.merge(documents, missing);
        });
    }

    /** Every instance of a service serves the same document: the first that does is asked, in the order listed. */
    private Uni<Part> fetch(String service, List<String> baseUrls) {
        Uni<Part> first = fetch(service, baseUrls.getFirst());
        if (baseUrls.size() == 1) {
            return first;
        }
        return first.flatMap(part -> part.document() != null ? Uni.createFrom().item(part)
                : fetch(service, baseUrls.subList(1, baseUrls.size())));
    }

    private Uni<Part> fetch(String service, String baseUrl) {
        Duration timeout = config.openapi().fetchTimeout();
        String url = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
                + "/q/openapi?format=json";
        return client.getAbs(url).putHeader("Accept", "application/json").idleTimeout(timeout.toMillis()).send()
                .ifNoItem().after(timeout).fail()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        return new Part(service, null, "it answered " + response.statusCode());
                    }
                    try {
                        return new Part(service, mapper.readTree(response.bodyAsString()), null);
                    } catch (Exception e) {
                        return new Part(service, null, "its document is not valid JSON");
                    }
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("OpenAPI document of %s not available: %s", service, failure.toString());
                    return new Part(service, null, "it could not be reached");
                });
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
