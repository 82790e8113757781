package dev.upright.deploy.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a kustomization the way {@code kustomize build} does, for the part of Kustomize that deploy/k8s uses:
 * {@code resources} (files and directories), {@code namespace}, {@code labels} (metadata only),
 * {@code configMapGenerator} (literals; create and merge, with the content-hash name suffix and the references to
 * it in pod templates), {@code images}, {@code replicas} and {@code patches} (JSON 6902 operations, strategic-merge
 * patches on custom resources and map fields, and {@code $patch: delete}).
 * <p>
 * Anything outside that part is refused with an exception instead of being rendered differently from Kustomize:
 * a kustomization that starts using another feature fails here, and then this class grows or the test runs
 * {@code kubectl kustomize}. Where kubectl is installed, a test compares both renderings object by object.
 */
final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper();

    private static final String NEEDS_HASH = "upright.dev/kustomize-needs-hash";
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "labels",
            "configMapGenerator", "images", "replicas", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "CustomResourceDefinition", "ClusterRole",
            "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "ReplicaSet", "DaemonSet");
    /** Kinds whose pod specs or subjects Kustomize rewrites at paths this class does not handle. */
    private static final Set<String> REFUSED_KINDS = Set.of("Pod", "Job", "CronJob", "RoleBinding", "ClusterRoleBinding");
    /** API groups whose kinds have strategic-merge list semantics, which {@link #mergePatch} does not implement. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling",
            "networking.k8s.io", "rbac.authorization.k8s.io");

    private Kustomize() {
    }

    /** The objects {@code kustomize build dir} prints, in the order of their files rather than Kustomize's order of kinds. */
    static List<ObjectNode> build(Path dir) {
        List<ObjectNode> objects = accumulate(dir);
        addHashSuffixes(objects);
        return objects;
    }

    private static List<ObjectNode> accumulate(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        ObjectNode k = (ObjectNode) readDocuments(file).getFirst();
        k.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                throw new UnsupportedOperationException(file + ": the field '" + f + "' is not implemented here");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(accumulate(p));
            } else if (Files.isRegularFile(p)) {
                for (JsonNode d : readDocuments(p)) {
                    if (REFUSED_KINDS.contains(d.path("kind").asText())) {
                        throw new UnsupportedOperationException(p + ": kind " + d.path("kind").asText()
                                + " is not implemented");
                    }
                    objects.add((ObjectNode) d);
                }
            } else {
                throw new IllegalArgumentException(file + ": resource " + r.asText() + " is neither a file nor a directory");
            }
        }
        for (JsonNode g : k.path("configMapGenerator")) {
            generateConfigMap(file, (ObjectNode) g, objects);
        }
        for (JsonNode p : k.path("patches")) {
            applyPatch(dir, (ObjectNode) p, objects);
        }
        if (k.has("namespace")) {
            String ns = k.get("namespace").asText();
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> metadata(o).put("namespace", ns));
        }
        for (JsonNode l : k.path("labels")) {
            if (l.path("includeSelectors").asBoolean(false) || l.path("includeTemplates").asBoolean(false)) {
                throw new UnsupportedOperationException(file + ": labels on selectors or templates are not implemented");
            }
            objects.forEach(o -> l.get("pairs").fields()
                    .forEachRemaining(e -> child(metadata(o), "labels").set(e.getKey(), e.getValue())));
        }
        for (JsonNode r : k.path("replicas")) {
            List<ObjectNode> targets = objects.stream()
                    .filter(o -> WORKLOADS.contains(o.path("kind").asText()) && name(o).equals(r.get("name").asText()))
                    .toList();
            if (targets.isEmpty()) {
                throw new IllegalStateException(file + ": replicas for " + r.get("name").asText() + " match nothing");
            }
            targets.forEach(o -> child(o, "spec").put("replicas", r.get("count").asInt()));
        }
        for (JsonNode image : k.path("images")) {
            objects.stream().filter(o -> WORKLOADS.contains(o.path("kind").asText()))
                    .forEach(o -> setImage(o, image));
        }
        return objects;
    }

    private static void generateConfigMap(Path file, ObjectNode g, List<ObjectNode> objects) {
        g.fieldNames().forEachRemaining(f -> {
            if (!Set.of("name", "literals", "behavior").contains(f)) {
                throw new UnsupportedOperationException(file + ": configMapGenerator." + f + " is not implemented");
            }
        });
        String name = g.get("name").asText();
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (JsonNode literal : g.path("literals")) {
            String text = literal.asText();
            int eq = text.indexOf('=');
            if (eq <= 0 || text.substring(eq + 1).startsWith("\"") || text.substring(eq + 1).startsWith("'")) {
                throw new UnsupportedOperationException(file + ": literal '" + text + "' (not KEY=value)");
            }
            data.put(text.substring(0, eq), text.substring(eq + 1));
        }
        String behavior = g.path("behavior").asText("create");
        List<ObjectNode> existing = objects.stream()
                .filter(o -> o.path("kind").asText().equals("ConfigMap") && name(o).equals(name)).toList();
        switch (behavior) {
            case "create" -> {
                if (!existing.isEmpty()) {
                    throw new IllegalStateException(file + ": ConfigMap " + name + " already exists");
                }
                ObjectNode cm = JsonNodeFactory.instance.objectNode();
                cm.put("apiVersion", "v1");
                cm.put("kind", "ConfigMap");
                metadata(cm).put("name", name);
                child(metadata(cm), "annotations").put(NEEDS_HASH, "true");
                cm.set("data", data);
                objects.add(cm);
            }
            case "merge" -> {
                if (existing.size() != 1) {
                    throw new IllegalStateException(file + ": no single ConfigMap " + name + " to merge into");
                }
                child(existing.getFirst(), "data").setAll(data);
            }
            default -> throw new UnsupportedOperationException(file + ": behavior " + behavior + " is not implemented");
        }
    }

    private static void applyPatch(Path dir, ObjectNode entry, List<ObjectNode> objects) {
        entry.fieldNames().forEachRemaining(f -> {
            if (!Set.of("patch", "path", "target").contains(f)) {
                throw new UnsupportedOperationException(dir + ": patches[]." + f + " is not implemented");
            }
        });
        String text;
        try {
            text = entry.has("path") ? Files.readString(dir.resolve(entry.get("path").asText()))
                    : entry.get("patch").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> docs = readDocuments(text);
        JsonNode target = entry.get("target");
        if (docs.size() == 1 && docs.getFirst().isArray()) {
            if (target == null) {
                throw new IllegalArgumentException(dir + ": a JSON 6902 patch needs a target");
            }
            List<ObjectNode> matches = matching(objects, (ObjectNode) target);
            if (matches.isEmpty()) {
                throw new IllegalStateException(dir + ": patch target " + target + " matches nothing");
            }
            for (ObjectNode o : matches) {
                for (JsonNode op : docs.getFirst()) {
                    applyOperation(o, (ObjectNode) op);
                }
            }
            return;
        }
        for (JsonNode doc : docs) {
            ObjectNode patch = (ObjectNode) doc;
            List<ObjectNode> matches = target != null ? matching(objects, (ObjectNode) target)
                    : objects.stream().filter(o -> sameObject(o, patch)).toList();
            if (matches.isEmpty()) {
                throw new IllegalStateException(dir + ": patch for " + patch.path("kind").asText() + " "
                        + name(patch) + " matches nothing");
            }
            if (patch.path("$patch").asText().equals("delete")) {
                objects.removeAll(matches);
                continue;
            }
            for (ObjectNode o : matches) {
                boolean builtIn = BUILT_IN_GROUPS.contains(group(o.path("apiVersion").asText()));
                ObjectNode body = patch.deepCopy();
                body.remove(List.of("apiVersion", "kind"));
                if (body.get("metadata") instanceof ObjectNode m) {
                    m.remove("name");
                }
                mergePatch(o, body, builtIn, kindAndName(o));
            }
        }
    }

    /**
     * Strategic merge where it equals a JSON merge patch: maps merge, null removes. Kustomize replaces the lists of
     * custom resources; lists of built-in kinds merge by key, which is not implemented and so refused.
     */
    private static void mergePatch(ObjectNode target, ObjectNode patch, boolean builtIn, String where) {
        patch.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException(where + ": patch directive " + key + " is not implemented");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                mergePatch((ObjectNode) current, (ObjectNode) value, builtIn, where + "." + key);
            } else if (value.isArray() && builtIn && current != null) {
                throw new UnsupportedOperationException(where + "." + key
                        + ": strategic merge of a list in a built-in kind is not implemented");
            } else {
                target.set(key, value.deepCopy());
            }
        });
    }

    private static void applyOperation(ObjectNode root, ObjectNode op) {
        String kind = op.get("op").asText();
        String path = op.get("path").asText();
        List<String> tokens = new ArrayList<>();
        for (String t : path.substring(1).split("/", -1)) {
            tokens.add(t.replace("~1", "/").replace("~0", "~"));
        }
        JsonNode parent = root;
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(t)) : parent.get(t);
            if (parent == null) {
                throw new IllegalStateException(kindAndName(root) + ": no " + path);
            }
        }
        String last = tokens.getLast();
        switch (kind) {
            case "add", "replace" -> {
                JsonNode value = op.get("value").deepCopy();
                if (parent instanceof ObjectNode map) {
                    if (kind.equals("replace") && !map.has(last)) {
                        throw new IllegalStateException(kindAndName(root) + ": nothing to replace at " + path);
                    }
                    map.set(last, value);
                } else {
                    ArrayNode list = (ArrayNode) parent;
                    if (last.equals("-")) {
                        list.add(value);
                    } else if (kind.equals("add")) {
                        list.insert(Integer.parseInt(last), value);
                    } else {
                        list.set(Integer.parseInt(last), value);
                    }
                }
            }
            case "remove" -> {
                if (parent instanceof ObjectNode map) {
                    map.remove(last);
                } else {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                }
            }
            default -> throw new UnsupportedOperationException("JSON patch op " + kind + " is not implemented");
        }
    }

    private static List<ObjectNode> matching(List<ObjectNode> objects, ObjectNode target) {
        target.fieldNames().forEachRemaining(f -> {
            if (!Set.of("kind", "name", "group", "version").contains(f)) {
                throw new UnsupportedOperationException("patch target field " + f + " is not implemented");
            }
        });
        return objects.stream().filter(o -> {
            String apiVersion = o.path("apiVersion").asText();
            return (!target.has("kind") || target.get("kind").asText().equals(o.path("kind").asText()))
                    && (!target.has("name") || Pattern.matches(target.get("name").asText(), name(o)))
                    && (!target.has("group") || target.get("group").asText().equals(group(apiVersion)))
                    && (!target.has("version")
                    || target.get("version").asText().equals(apiVersion.substring(apiVersion.indexOf('/') + 1)));
        }).toList();
    }

    private static boolean sameObject(ObjectNode o, ObjectNode patch) {
        return o.path("kind").asText().equals(patch.path("kind").asText())
                && group(o.path("apiVersion").asText()).equals(group(patch.path("apiVersion").asText()))
                && name(o).equals(name(patch));
    }

    private static void setImage(ObjectNode workload, JsonNode image) {
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode c : workload.path("spec").path("template").path("spec").path(list)) {
                String ref = c.path("image").asText();
                int slash = ref.lastIndexOf('/');
                int at = ref.indexOf('@', slash + 1);
                int colon = ref.indexOf(':', slash + 1);
                int end = at >= 0 ? at : colon >= 0 ? colon : ref.length();
                if (!ref.substring(0, end).equals(image.get("name").asText())) {
                    continue;
                }
                String repo = image.has("newName") ? image.get("newName").asText() : ref.substring(0, end);
                String suffix = image.has("digest") ? "@" + image.get("digest").asText()
                        : image.has("newTag") ? ":" + image.get("newTag").asText() : ref.substring(end);
                ((ObjectNode) c).put("image", repo + suffix);
            }
        }
    }

    /** Kustomize's content hash: sha256 of the ConfigMap's kind, "name" and data as Go's encoding/json writes them. */
    private static void addHashSuffixes(List<ObjectNode> objects) {
        Map<String, String> renamed = new TreeMap<>();
        for (ObjectNode o : objects) {
            ObjectNode annotations = (ObjectNode) o.path("metadata").get("annotations");
            if (annotations == null || annotations.remove(NEEDS_HASH) == null) {
                continue;
            }
            if (annotations.isEmpty()) {
                metadata(o).remove("annotations");
            }
            Map<String, Object> encoded = new TreeMap<>();
            encoded.put("kind", "ConfigMap");
            // Kustomize looks the name up with one path segment "metadata/name", which finds nothing: always empty
            encoded.put("name", "");
            encoded.put("data", new TreeMap<>(YAML.convertValue(o.get("data"), Map.class)));
            String json;
            try {
                json = new ObjectMapper().writeValueAsString(encoded)
                        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            String newName = name(o) + "-" + shorten(sha256(json));
            renamed.put(name(o), newName);
            metadata(o).put("name", newName);
        }
        for (ObjectNode o : objects) {
            if (!WORKLOADS.contains(o.path("kind").asText())) {
                continue;
            }
            JsonNode pod = o.path("spec").path("template").path("spec");
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode c : pod.path(list)) {
                    c.path("envFrom").forEach(e -> rename(e.path("configMapRef"), renamed));
                    c.path("env").forEach(e -> rename(e.path("valueFrom").path("configMapKeyRef"), renamed));
                }
            }
            pod.path("volumes").forEach(v -> {
                rename(v.path("configMap"), renamed);
                v.path("projected").path("sources").forEach(source -> rename(source.path("configMap"), renamed));
            });
        }
    }

    private static void rename(JsonNode ref, Map<String, String> renamed) {
        if (ref.isObject() && renamed.containsKey(ref.path("name").asText())) {
            ((ObjectNode) ref).put("name", renamed.get(ref.path("name").asText()));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first ten hex digits, with the letters Kustomize swaps in so that a suffix never reads as a word. */
    private static String shorten(String hex) {
        StringBuilder out = new StringBuilder();
        for (char c : hex.substring(0, 10).toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'g';
                case '1' -> 'h';
                case '3' -> 'k';
                case 'a' -> 'm';
                case 'e' -> 't';
                default -> c;
            });
        }
        return out.toString();
    }

    static List<JsonNode> readDocuments(Path file) {
        try {
            return readDocuments(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static List<JsonNode> readDocuments(String text) {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(text)) {
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String kindAndName(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static ObjectNode metadata(ObjectNode o) {
        return child(o, "metadata");
    }

    private static ObjectNode child(ObjectNode o, String field) {
        JsonNode c = o.get(field);
        return c instanceof ObjectNode node ? node : o.putObject(field);
    }
}
