package dev.upright.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Offline validation of rendered objects. Built-in kinds are read into fabric8's typed model, and every field that
 * lands in a model object's additional properties (a field the Kubernetes API does not have) is reported. The
 * operators' kinds are checked against the OpenAPI v3 schemas in deploy/k8s/schemas, closed the way the API server
 * with strict field validation treats them: an object schema that lists properties accepts no other field unless
 * it says x-kubernetes-preserve-unknown-fields or has its own additionalProperties.
 */
final class ManifestSchemas {

    /** Reads as the API server does: no "3" for 3, no 8080 where a string belongs (labels, annotations, env values). */
    static final ObjectMapper JSON = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

    static {
        JSON.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static final Map<String, Class<?>> BUILT_IN = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private final Path schemaDir;
    private final Map<String, JsonSchema> customSchemas = new HashMap<>();

    ManifestSchemas(Path schemaDir) {
        this.schemaDir = schemaDir;
    }

    /** Every way the object departs from its schema; empty when it is valid. */
    List<String> violations(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String where = Kustomize.kindAndName(object);
        List<String> out = new ArrayList<>();
        if (!object.path("metadata").path("name").asText().matches("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?")) {
            out.add(where + ": metadata.name is not a DNS-1123 subdomain");
        }
        Class<?> type = BUILT_IN.get(apiVersion + "/" + kind);
        if (type != null) {
            Object typed;
            try {
                typed = JSON.treeToValue(object, type);
            } catch (Exception e) {
                out.add(where + ": does not read as " + type.getSimpleName() + ": " + e.getMessage());
                return out;
            }
            unknownFields(typed, where, out);
            return out;
        }
        JsonSchema schema = customSchemas.computeIfAbsent(apiVersion + "/" + kind, k -> loadSchema(apiVersion, kind));
        if (schema == null) {
            out.add(where + ": no schema for " + apiVersion + " " + kind);
            return out;
        }
        schema.validate(object).forEach(m -> out.add(where + ": " + m.getMessage()));
        // The schemas leave metadata open; the API server reads it as ObjectMeta like any other kind's
        try {
            unknownFields(JSON.treeToValue(object.get("metadata"), ObjectMeta.class), where + ".metadata", out);
        } catch (Exception e) {
            out.add(where + ": metadata does not read as ObjectMeta: " + e.getMessage());
        }
        return out;
    }

    private JsonSchema loadSchema(String apiVersion, String kind) {
        Path file = schemaDir.resolve(apiVersion.replace('/', '_') + "_" + kind + ".yaml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode schema = Kustomize.readDocuments(file).getFirst();
        close(schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
    }

    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode node && node.has("properties")
                && !node.has("additionalProperties")
                && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            node.put("additionalProperties", false);
        }
        schema.forEach(ManifestSchemas::close);
    }

    /** Fields fabric8 kept aside because its model, generated from the Kubernetes API, has no place for them. */
    private static void unknownFields(Object value, String path, List<String> out) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", out);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, out));
        } else if (value != null && value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                        || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                String name = getter.getName().substring(3);
                String fieldPath = path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
                Object field;
                try {
                    field = getter.invoke(value);
                } catch (IllegalAccessException e) {
                    continue;
                } catch (InvocationTargetException e) {
                    // a value the model cannot interpret, such as a malformed Quantity ("1Gb")
                    out.add(fieldPath + ": " + e.getCause());
                    continue;
                }
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        out.add(path + ": fields the API does not have: " + extra.keySet());
                    }
                } else {
                    unknownFields(field, fieldPath, out);
                }
            }
        }
    }

    /** Label selector semantics of the API server: matchLabels and the In, NotIn, Exists, DoesNotExist operators. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean byLabels = selector.getMatchLabels() == null || selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()));
        boolean byExpressions = selector.getMatchExpressions() == null || selector.getMatchExpressions().stream()
                .allMatch(r -> switch (r.getOperator()) {
                    case "In" -> r.getValues().contains(labels.get(r.getKey()));
                    case "NotIn" -> !r.getValues().contains(labels.get(r.getKey()));
                    case "Exists" -> labels.containsKey(r.getKey());
                    case "DoesNotExist" -> !labels.containsKey(r.getKey());
                    default -> throw new IllegalArgumentException("operator " + r.getOperator());
                });
        return byLabels && byExpressions;
    }
}
