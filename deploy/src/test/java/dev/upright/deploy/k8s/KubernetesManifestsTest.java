package dev.upright.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upright.contracts.Topics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * deploy/k8s rendered as {@code kubectl kustomize} would (see {@link Kustomize}; no kubectl needed), every object
 * validated offline against its schema, and the rules the platform relies on checked on the result.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s").toAbsolutePath();
    private static final ManifestSchemas SCHEMAS = new ManifestSchemas(K8S.resolve("schemas"));
    private static final List<String> SERVICES = List.of("gateway", "catalog-service", "plan-service", "progress-service");
    /** Created from a secret store in production (README, "Apply, in this order"); demo copies elsewhere. */
    private static final Set<String> PRODUCTION_SECRETS = Set.of("upright-pg-catalog", "upright-pg-plan",
            "upright-pg-progress", "upright-pg-keycloak", "upright-plan-service-keycloak");

    private static List<ObjectNode> render(String overlay) {
        return Kustomize.build(K8S.resolve("overlays").resolve(overlay));
    }

    private static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static <T> List<T> typed(List<ObjectNode> objects, String kind, Class<T> type) {
        return ofKind(objects, kind).stream().map(o -> ManifestSchemas.JSON.convertValue(o, type)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldRenderEveryServiceAndBackingResourceIntoOneNamespace(String overlay) {
        List<ObjectNode> objects = render(overlay);

        assertThat(ofKind(objects, "Deployment")).extracting(Kustomize::name)
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat(objects).extracting(o -> o.path("kind").asText())
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Database", "Keycloak", "NetworkPolicy");
        assertThat(objects).filteredOn(o -> !o.path("kind").asText().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText())
                        .as(Kustomize.kindAndName(o)).isEqualTo("upright"));
        assertThat(objects).extracting(o -> o.path("kind").asText() + "/" + Kustomize.name(o))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldValidateEveryObjectAgainstItsSchema(String overlay) {
        List<String> violations = render(overlay).stream().flatMap(o -> SCHEMAS.violations(o).stream()).toList();

        assertThat(violations).isEmpty();
    }

    @Test
    void shouldRejectFieldsTheSchemasDoNotHave() {
        List<ObjectNode> objects = render("production");
        ObjectNode deployment = ofKind(objects, "Deployment").getFirst();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).putObject("livenessProbes");
        ObjectNode kafka = ofKind(objects, "Kafka").getFirst();
        ((ObjectNode) kafka.at("/spec/kafka")).putArray("listener");
        ObjectNode topic = ofKind(objects, "KafkaTopic").getFirst();
        ((ObjectNode) topic.get("spec")).put("partitions", "twelve");
        ObjectNode pdb = ofKind(objects, "PodDisruptionBudget").getFirst();
        ((ObjectNode) pdb.get("spec")).put("maxUnavailabe", 1);
        ObjectNode withBadQuantity = ofKind(objects, "Deployment").get(1);
        ((ObjectNode) withBadQuantity.at("/spec/template/spec/containers/0/resources/limits")).put("memory", "1 GB");
        ObjectNode service = ofKind(objects, "Service").getFirst();
        ((ObjectNode) service.at("/spec/ports/0")).put("port", "8080");
        ObjectNode configMap = ofKind(objects, "ConfigMap").getFirst();
        ((ObjectNode) configMap.get("data")).put("QUARKUS_HTTP_PORT", 8080);
        ObjectNode keycloak = ofKind(objects, "Keycloak").getFirst();
        ((ObjectNode) keycloak.get("metadata")).putObject("label");
        ObjectNode database = ofKind(objects, "Cluster").getFirst();
        ((ObjectNode) database.get("spec")).put("instance", 3);

        assertThat(SCHEMAS.violations(deployment)).singleElement().asString().contains("livenessProbes");
        assertThat(SCHEMAS.violations(kafka)).singleElement().asString().contains("listener");
        assertThat(SCHEMAS.violations(topic)).singleElement().asString().contains("partitions");
        assertThat(SCHEMAS.violations(pdb)).singleElement().asString().contains("maxUnavailabe");
        assertThat(SCHEMAS.violations(withBadQuantity)).singleElement().asString().contains("limits.memory");
        assertThat(SCHEMAS.violations(service)).singleElement().asString().contains("8080");
        assertThat(SCHEMAS.violations(configMap)).singleElement().asString().contains("QUARKUS_HTTP_PORT");
        assertThat(SCHEMAS.violations(keycloak)).singleElement().asString().contains("label");
        assertThat(SCHEMAS.violations(database)).singleElement().asString().contains("instance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldKeepEveryReferenceWithinTheRenderedObjects(String overlay) {
        List<ObjectNode> objects = render(overlay);
        List<Deployment> deployments = typed(objects, "Deployment", Deployment.class);
        Set<String> configMaps = ofKind(objects, "ConfigMap").stream().map(Kustomize::name).collect(Collectors.toSet());
        Set<String> secrets = ofKind(objects, "Secret").stream().map(Kustomize::name).collect(Collectors.toSet());
        if (overlay.equals("production")) {
            assertThat(secrets).as("demo secrets are removed in production").isEmpty();
            secrets = PRODUCTION_SECRETS;
        }
        Set<String> knownSecrets = secrets;

        for (Deployment d : deployments) {
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(ManifestSchemas.selects(d.getSpec().getSelector(), podLabels))
                    .as("%s selects its own pods", d.getMetadata().getName()).isTrue();
            assertThat(d.getSpec().getTemplate().getSpec().getContainers()).isNotEmpty().allSatisfy(c -> {
                assertThat(c.getImage()).isNotBlank();
                c.getEnvFrom().forEach(e -> {
                    if (e.getConfigMapRef() != null) {
                        assertThat(configMaps).contains(e.getConfigMapRef().getName());
                    }
                    if (e.getSecretRef() != null) {
                        assertThat(knownSecrets).contains(e.getSecretRef().getName());
                    }
                });
                c.getEnv().stream().filter(e -> e.getValueFrom() != null).forEach(e -> {
                    if (e.getValueFrom().getConfigMapKeyRef() != null) {
                        assertThat(configMaps).contains(e.getValueFrom().getConfigMapKeyRef().getName());
                    }
                    if (e.getValueFrom().getSecretKeyRef() != null) {
                        assertThat(knownSecrets).contains(e.getValueFrom().getSecretKeyRef().getName());
                    }
                });
            });
        }
        for (Service s : typed(objects, "Service", Service.class)) {
            Deployment target = deployments.stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(s.getSpec().getSelector().entrySet()))
                    .findFirst().orElseThrow(() -> new AssertionError(s.getMetadata().getName() + " selects no pods"));
            s.getSpec().getPorts().forEach(p -> assertThat(containerPort(target, p.getTargetPort()))
                    .as("%s port %s", s.getMetadata().getName(), p.getName()).isPositive());
        }
        for (PodDisruptionBudget pdb : typed(objects, "PodDisruptionBudget", PodDisruptionBudget.class)) {
            assertThat(deployments).as("pods of PDB %s", pdb.getMetadata().getName())
                    .anyMatch(d -> ManifestSchemas.selects(pdb.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()));
        }
        for (HorizontalPodAutoscaler hpa : typed(objects, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(deployments).extracting(d -> d.getMetadata().getName())
                    .contains(hpa.getSpec().getScaleTargetRef().getName());
            assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        }
        Set<String> services = Stream.concat(ofKind(objects, "Service").stream().map(Kustomize::name),
                // the Keycloak operator creates <name>-service for each Keycloak resource
                ofKind(objects, "Keycloak").stream().map(k -> Kustomize.name(k) + "-service"))
                .collect(Collectors.toSet());
        for (Ingress ingress : typed(objects, "Ingress", Ingress.class)) {
            ingress.getSpec().getRules().forEach(r -> r.getHttp().getPaths().forEach(p ->
                    assertThat(services).contains(p.getBackend().getService().getName())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldGiveEveryDeploymentProbesAndResources(String overlay) {
        for (Deployment d : typed(render(overlay), "Deployment", Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String where = d.getMetadata().getName() + "/" + c.getName();
                assertHealthProbe(where, c.getStartupProbe(), "/q/health/started", d);
                assertHealthProbe(where, c.getReadinessProbe(), "/q/health/ready", d);
                assertHealthProbe(where, c.getLivenessProbe(), "/q/health/live", d);
                assertThat(c.getResources().getRequests()).as(where + " requests").containsKeys("cpu", "memory");
                assertThat(c.getResources().getLimits()).as(where + " limits").containsKey("memory");
            }
        }
    }

    private static void assertHealthProbe(String where, Probe probe, String path, Deployment d) {
        assertThat(probe).as(where + " probe on " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(where).isEqualTo(path);
        assertThat(containerPort(d, probe.getHttpGet().getPort())).as(where + " probe port").isPositive();
    }

    private static int containerPort(Deployment d, IntOrString port) {
        return d.getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(c -> c.getPorts().stream())
                .filter(p -> port.getIntVal() != null ? p.getContainerPort().equals(port.getIntVal())
                        : port.getStrVal().equals(p.getName()))
                .mapToInt(p -> p.getContainerPort()).findFirst().orElse(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldCoverEveryDeploymentWithADisruptionBudget(String overlay) {
        List<ObjectNode> objects = render(overlay);
        List<PodDisruptionBudget> pdbs = typed(objects, "PodDisruptionBudget", PodDisruptionBudget.class);

        for (Deployment d : typed(objects, "Deployment", Deployment.class)) {
            assertThat(pdbs).as("PDB for " + d.getMetadata().getName())
                    .filteredOn(p -> ManifestSchemas.selects(p.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.getSpec().getMaxUnavailable()).isNotNull());
        }
    }

    @Test
    void shouldScaleEveryDeploymentOnCpuInProduction() {
        List<ObjectNode> objects = render("production");
        List<HorizontalPodAutoscaler> hpas = typed(objects, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

        for (Deployment d : typed(objects, "Deployment", Deployment.class)) {
            String name = d.getMetadata().getName();
            assertThat(d.getSpec().getReplicas()).as(name + " leaves its replica count to the HPA").isNull();
            assertThat(hpas).filteredOn(h -> h.getSpec().getScaleTargetRef().getName().equals(name))
                    .singleElement().satisfies(h -> {
                        assertThat(h.getSpec().getMinReplicas()).as(name).isGreaterThanOrEqualTo(3);
                        assertThat(h.getSpec().getMetrics()).anyMatch(m -> m.getResource() != null
                                && m.getResource().getName().equals("cpu"));
                    });
        }
    }

    @Test
    void shouldRunOneReplicaOfEachServiceWithoutAutoscalersLocally() {
        List<ObjectNode> objects = render("local");

        assertThat(ofKind(objects, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(typed(objects, "Deployment", Deployment.class)).allSatisfy(d ->
                assertThat(d.getSpec().getReplicas()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldDenyIngressByDefaultInEveryNamespaceWithServices(String overlay) {
        List<ObjectNode> objects = render(overlay);
        Set<String> namespaces = ofKind(objects, "Deployment").stream()
                .map(o -> o.path("metadata").path("namespace").asText()).collect(Collectors.toSet());

        for (String ns : namespaces) {
            assertThat(typed(objects, "NetworkPolicy", NetworkPolicy.class)).as("default deny in " + ns)
                    .anyMatch(p -> p.getMetadata().getNamespace().equals(ns)
                            && p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                            && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                            && p.getSpec().getPolicyTypes().contains("Ingress")
                            && p.getSpec().getIngress().isEmpty());
        }
    }

    /** A pod that may open a connection: its namespace and labels. */
    private record Peer(String namespace, Map<String, String> labels) {
        static Peer service(String name) {
            return new Peer("upright", Map.of("app.kubernetes.io/name", name));
        }
    }

    private static final Peer INGRESS_CONTROLLER = new Peer("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    private static final Peer PROMETHEUS = new Peer("monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    private static final Peer OTHER_POD = new Peer("upright", Map.of("app.kubernetes.io/name", "debug-shell"));
    private static final Peer POSTGRES = new Peer("upright", Map.of("cnpg.io/cluster", "upright-pg"));
    private static final Peer KEYCLOAK = new Peer("upright",
            Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"));

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldLetEachServiceBeReachedOnlyFromItsClients(String overlay) {
        List<ObjectNode> objects = render(overlay);
        List<NetworkPolicy> policies = typed(objects, "NetworkPolicy", NetworkPolicy.class);
        Map<String, Deployment> deployments = typed(objects, "Deployment", Deployment.class).stream()
                .collect(Collectors.toMap(d -> d.getMetadata().getName(), d -> d));
        Peer gateway = Peer.service("gateway");
        List<Peer> domain = Stream.of("catalog-service", "plan-service", "progress-service").map(Peer::service).toList();

        Map<String, Boolean> expected = new TreeMap<>();
        expected.put(path(INGRESS_CONTROLLER, gateway, 8080), true);
        expected.put(path(OTHER_POD, gateway, 8080), false);
        for (Peer service : domain) {
            int port = containerPort(deployments.get(service.labels().get("app.kubernetes.io/name")), new IntOrString("http"));
            expected.put(path(gateway, service, port), true);
            expected.put(path(PROMETHEUS, service, port), true);
            expected.put(path(INGRESS_CONTROLLER, service, port), false);
            expected.put(path(OTHER_POD, service, port), false);
            domain.stream().filter(other -> other != service)
                    .forEach(other -> expected.put(path(other, service, port), false));
            expected.put(path(service, POSTGRES, 5432), true);
            expected.put(path(service, KEYCLOAK, 8080), true);
        }
        expected.put(path(KEYCLOAK, POSTGRES, 5432), true);
        expected.put(path(gateway, POSTGRES, 5432), false);
        expected.put(path(INGRESS_CONTROLLER, POSTGRES, 5432), false);
        expected.put(path(OTHER_POD, POSTGRES, 5432), false);
        expected.put(path(gateway, KEYCLOAK, 8080), true);
        expected.put(path(INGRESS_CONTROLLER, KEYCLOAK, 8080), true);
        expected.put(path(OTHER_POD, KEYCLOAK, 8080), false);
        expected.put(path(PROMETHEUS, KEYCLOAK, 8080), false);

        Map<String, Boolean> actual = new TreeMap<>();
        List<Peer> all = Stream.concat(Stream.of(INGRESS_CONTROLLER, PROMETHEUS, OTHER_POD, POSTGRES, KEYCLOAK, gateway),
                domain.stream()).toList();
        for (Peer from : all) {
            for (Peer to : all) {
                for (int port : List.of(8080, 8081, 8082, 8083, 5432)) {
                    if (expected.containsKey(path(from, to, port))) {
                        actual.put(path(from, to, port), allowed(policies, deployments, from, to, port));
                    }
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    private static String path(Peer from, Peer to, int port) {
        return from.labels().values().stream().sorted().collect(Collectors.joining(","))
                + " -> " + to.labels().values().stream().sorted().collect(Collectors.joining(",")) + ":" + port;
    }

    /** NetworkPolicy semantics for incoming connections: allowed when no policy selects the pod, or one rule admits it. */
    private static boolean allowed(List<NetworkPolicy> policies, Map<String, Deployment> deployments,
                                   Peer from, Peer to, int port) {
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> p.getMetadata().getNamespace().equals(to.namespace())
                        && p.getSpec().getPolicyTypes().contains("Ingress")
                        && ManifestSchemas.selects(p.getSpec().getPodSelector(), to.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        Deployment target = deployments.get(to.labels().get("app.kubernetes.io/name"));
        return selecting.stream().flatMap(p -> p.getSpec().getIngress().stream()).anyMatch(rule ->
                (rule.getFrom().isEmpty() || rule.getFrom().stream().anyMatch(peer -> admits(peer, to, from)))
                        && (rule.getPorts().isEmpty() || rule.getPorts().stream().anyMatch(p -> opens(p, target, port))));
    }

    private static boolean admits(NetworkPolicyPeer peer, Peer to, Peer from) {
        LabelSelector namespaces = peer.getNamespaceSelector();
        boolean namespaceMatches = namespaces == null ? from.namespace().equals(to.namespace())
                : ManifestSchemas.selects(namespaces, Map.of("kubernetes.io/metadata.name", from.namespace()));
        boolean podMatches = peer.getPodSelector() == null || ManifestSchemas.selects(peer.getPodSelector(), from.labels());
        return peer.getIpBlock() == null && namespaceMatches && podMatches;
    }

    private static boolean opens(NetworkPolicyPort rule, Deployment target, int port) {
        IntOrString p = rule.getPort();
        if (p == null) {
            return true;
        }
        if (p.getIntVal() != null) {
            return p.getIntVal() == port;
        }
        return target != null && containerPort(target, p) == port;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldOpenKafkaOnlyToTheServicesThatUseIt(String overlay) {
        ObjectNode kafka = ofKind(render(overlay), "Kafka").getFirst();

        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            List<NetworkPolicyPeer> peers = List.of(ManifestSchemas.JSON.convertValue(
                    listener.get("networkPolicyPeers"), NetworkPolicyPeer[].class));
            assertThat(peers).as("listener " + listener.path("name").asText()).isNotEmpty();
            for (String service : SERVICES) {
                Peer pod = Peer.service(service);
                boolean admitted = peers.stream().anyMatch(p -> admits(p, new Peer("upright", Map.of()), pod));
                assertThat(admitted).as(service + " on listener " + listener.path("name").asText())
                        .isEqualTo(!service.equals("gateway"));
            }
            assertThat(peers.stream().anyMatch(p -> admits(p, new Peer("upright", Map.of()), OTHER_POD))).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldLayOutTheKafkaTopicsAsTheCodeDoes(String overlay) {
        Map<String, Topics.Layout> rendered = new TreeMap<>();
        for (ObjectNode topic : ofKind(render(overlay), "KafkaTopic")) {
            JsonNode spec = topic.get("spec");
            rendered.put(spec.get("topicName").asText(), new Topics.Layout(spec.get("topicName").asText(),
                    spec.get("partitions").asInt(), spec.path("config").path("cleanup.policy").asText().equals("compact")));
        }

        assertThat(rendered.values()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    /**
     * The same objects as Kustomize itself renders. Runs where kubectl is on the PATH (developers' machines); the
     * other tests need no kubectl, so CI checks the manifests either way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void shouldRenderWhatKubectlKustomizeRenders(String overlay) throws IOException, InterruptedException {
        Path kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).findFirst().orElse(null);
        assumeThat(kubectl).as("kubectl on the PATH").isNotNull();
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).isZero();

        Map<String, JsonNode> expected = byId(Kustomize.readDocuments(output));
        Map<String, JsonNode> rendered = byId(render(overlay));
        assertThat(rendered.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, object) -> assertThat(rendered.get(id)).as(id).isEqualTo(object));
    }

    private static Map<String, JsonNode> byId(List<? extends JsonNode> objects) {
        Map<String, JsonNode> out = new TreeMap<>();
        objects.forEach(o -> out.put(o.path("apiVersion").asText() + " " + Kustomize.kindAndName(o), o));
        return out;
    }
}
