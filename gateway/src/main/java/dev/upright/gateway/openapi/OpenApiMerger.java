package dev.upright.gateway.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.upright.gateway.routing.RouteTable;

/**
 * Builds the one public API description out of the services' own OpenAPI documents. A service's path
 * is kept only when the route table sends that path to this service, so nothing the gateway does not
 * expose is described; the components those paths use come along (renamed when two services use one
 * name for different things), and every operation asks for the platform's bearer token. Plain Java:
 * documents in, document out.
 */
public final class OpenApiMerger {

    public static final String SECURITY_SCHEME = "bearer";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern REF = Pattern.compile("#/components/([^/]+)/(.+)");
    private static final Pattern TEMPLATE_SEGMENT = Pattern.compile("\\{[^/}]+}");
    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final RouteTable routes;

    public OpenApiMerger(RouteTable routes) {
        this.routes = routes;
    }

    /**
     * @param documents each reachable service's own document, by service name
     * @param missing   why each other service's part is missing, by service name
     */
    public ObjectNode merge(SortedMap<String, JsonNode> documents, SortedMap<String, String> missing) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", documents.values().stream().map(d -> d.path("openapi").asText(""))
                .filter(v -> !v.isEmpty()).findFirst().orElse("3.0.3"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Upright public API");
        info.put("version", "v1");
        info.put("description", description(documents.keySet(), missing));
        merged.putArray("servers").addObject().put("url", "/");
        merged.putArray("security").addObject().putArray(SECURITY_SCHEME);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        Set<String> tagNames = new LinkedHashSet<>();
        documents.forEach((service, document) -> {
            ObjectNode kept = ownedPaths(service, document);
            Map<String, String> renames = addComponents(service, document, kept, components);
            rewriteRefs(kept, renames);
            kept.fields().forEachRemaining(path -> paths.set(path.getKey(), path.getValue()));
            for (JsonNode tag : document.path("tags")) {
                String name = tag.path("name").asText();
                if (usesTag(kept, name) && tagNames.add(name)) {
                    tags.add(tag.deepCopy());
                }
            }
        });
        ObjectNode bearer = components.putObject("securitySchemes").putObject(SECURITY_SCHEME);
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("bearerFormat", "JWT");
        bearer.put("description", "An access token from the platform's Keycloak realm (upright).");
        return merged;
    }

    private static String description(Set<String> included, SortedMap<String, String> missing) {
        StringBuilder text = new StringBuilder("Every call goes through the gateway and needs a bearer token from "
                + "the platform's Keycloak realm. Gathered from the services: " + String.join(", ", included) + ".");
        if (!missing.isEmpty()) {
            text.append("\n\n**Incomplete:** ");
            missing.forEach((service, why) -> text.append("the ").append(service).append(" service's part is missing (")
                    .append(why).append("). "));
            text.append("Reload in a moment to try again.");
        }
        return text.toString();
    }

    /** The service's paths the gateway routes to it, each operation with its own security requirement removed. */
    private ObjectNode ownedPaths(String service, JsonNode document) {
        ObjectNode kept = JSON.objectNode();
        document.path("paths").fields().forEachRemaining(entry -> {
            String sample = TEMPLATE_SEGMENT.matcher(entry.getKey()).replaceAll("x");
            boolean owned = routes.route(sample).map(route -> route.service().equals(service)).orElse(false);
            if (owned && entry.getValue() instanceof ObjectNode item) {
                ObjectNode copy = item.deepCopy();
                copy.fields().forEachRemaining(op -> {
                    if (OPERATIONS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                        // The document's global bearer requirement applies; the service's own scheme names do not exist here
                        operation.remove("security");
                    }
                });
                kept.set(entry.getKey(), copy);
            }
        });
        return kept;
    }

    /**
     * Copies the components that the kept paths use (directly or through other components) into the
     * merged document. A name already taken there by something different gets the service's name in front.
     *
     * @return the renames made, from old reference to new
     */
    private static Map<String, String> addComponents(String service, JsonNode document, ObjectNode kept,
            ObjectNode components) {
        JsonNode own = document.path("components");
        Set<String> used = new LinkedHashSet<>();
        Deque<JsonNode> toVisit = new ArrayDeque<>();
        toVisit.push(kept);
        while (!toVisit.isEmpty()) {
            for (String ref : refsIn(toVisit.pop())) {
                Matcher m = REF.matcher(ref);
                if (m.matches() && !m.group(1).equals("securitySchemes") && used.add(ref)) {
                    JsonNode target = own.path(m.group(1)).path(m.group(2));
                    if (!target.isMissingNode()) {
                        toVisit.push(target);
                    }
                }
            }
        }
        Map<String, String> renames = new HashMap<>();
        Map<String, JsonNode> toAdd = new HashMap<>();
        for (String ref : used) {
            Matcher m = REF.matcher(ref);
            m.matches();
            String kind = m.group(1);
            String name = m.group(2);
            JsonNode component = own.path(kind).path(name);
            if (component.isMissingNode()) {
                continue;
            }
            JsonNode existing = components.path(kind).path(name);
            String finalName = existing.isMissingNode() || existing.equals(component) ? name : service + "_" + name;
            if (!finalName.equals(name)) {
                renames.put(ref, "#/components/" + kind + "/" + finalName);
            }
            toAdd.put(kind + "/" + finalName, component.deepCopy());
        }
        toAdd.forEach((key, component) -> {
            int slash = key.indexOf('/');
            rewriteRefs(component, renames);
            ObjectNode kind = components.has(key.substring(0, slash))
                    ? (ObjectNode) components.get(key.substring(0, slash))
                    : components.putObject(key.substring(0, slash));
            kind.set(key.substring(slash + 1), component);
        });
        return renames;
    }

    private static Set<String> refsIn(JsonNode node) {
        Set<String> refs = new LinkedHashSet<>();
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            JsonNode current = stack.pop();
            if (current.isObject()) {
                current.fields().forEachRemaining(field -> {
                    if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                        refs.add(field.getValue().asText());
                    } else {
                        stack.push(field.getValue());
                    }
                });
            } else if (current.isArray()) {
                current.forEach(stack::push);
            }
        }
        return refs;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String renamed = field.getKey().equals("$ref") ? renames.get(field.getValue().asText()) : null;
                if (renamed != null) {
                    field.setValue(TextNode.valueOf(renamed));
                } else {
                    rewriteRefs(field.getValue(), renames);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renames));
        }
    }

    private static boolean usesTag(ObjectNode paths, String tag) {
        for (JsonNode item : paths) {
            for (JsonNode operation : item) {
                for (JsonNode name : operation.path("tags")) {
                    if (name.asText().equals(tag)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
