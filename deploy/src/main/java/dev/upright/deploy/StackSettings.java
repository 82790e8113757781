package dev.upright.deploy;

import java.nio.file.Path;
import java.util.Map;

import dev.upright.localservers.Ports;

/**
 * Ports and folders of one local stack. The defaults are fixed so bookmarks and curl examples keep
 * working; each can be moved with an environment variable.
 * <p>
 * {@code instances} is how many instances of each of catalog-, plan- and progress-service run (one gateway
 * spreads calls over them); instance k (from 0) listens on its service's port + {@value #INSTANCE_PORT_STEP}·k.
 */
public record StackSettings(Path projectRoot, Path dataDirectory, int postgresPort, int kafkaPort,
        int kafkaControllerPort, int keycloakPort, int keycloakManagementPort, int gatewayPort, int catalogPort,
        int planPort, int progressPort, int instances) {

    static final int INSTANCE_PORT_STEP = 10;
    static final int MAX_INSTANCES = 4;

    public StackSettings {
        if (instances < 1 || instances > MAX_INSTANCES) {
            throw new IllegalArgumentException("UPRIGHT_INSTANCES must be between 1 and " + MAX_INSTANCES + ", not "
                    + instances);
        }
    }

    /** Environment variable, purpose and default of each port, in start order. */
    static final String[][] PORTS = {
            { "UPRIGHT_PG_PORT", "PostgreSQL", "15432" },
            { "UPRIGHT_KAFKA_PORT", "Kafka broker", "19092" },
            { "UPRIGHT_KAFKA_CONTROLLER_PORT", "Kafka controller", "19093" },
            { "UPRIGHT_KEYCLOAK_PORT", "Keycloak", "8180" },
            { "UPRIGHT_KEYCLOAK_MANAGEMENT_PORT", "Keycloak management", "9180" },
            { "UPRIGHT_GATEWAY_PORT", "gateway", "8080" },
            { "UPRIGHT_CATALOG_PORT", "catalog-service", "8081" },
            { "UPRIGHT_PLAN_PORT", "plan-service", "8082" },
            { "UPRIGHT_PROGRESS_PORT", "progress-service", "8083" } };

    public static StackSettings fromEnvironment(Path projectRoot, Map<String, String> env) {
        int[] ports = new int[PORTS.length];
        for (int i = 0; i < PORTS.length; i++) {
            String value = env.getOrDefault(PORTS[i][0], PORTS[i][2]);
            try {
                ports[i] = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PORTS[i][0] + " must be a port number, not '" + value + "'");
            }
        }
        Path data = Path.of(env.getOrDefault("UPRIGHT_DATA_DIR", projectRoot.resolve(".local-data").toString()));
        String instances = env.getOrDefault("UPRIGHT_INSTANCES", "1").strip();
        if (!instances.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("UPRIGHT_INSTANCES must be a number of instances, not '" + instances + "'");
        }
        return new StackSettings(projectRoot, data.toAbsolutePath(), ports[0], ports[1], ports[2], ports[3], ports[4],
                ports[5], ports[6], ports[7], ports[8], Integer.parseInt(instances));
    }

    /** Free ports everywhere, so a test stack never collides with a developer's running one. */
    public static StackSettings withFreePorts(Path projectRoot, Path dataDirectory) {
        return new StackSettings(projectRoot, dataDirectory, Ports.findFree(), Ports.findFree(), Ports.findFree(),
                Ports.findFree(), Ports.findFree(), Ports.findFree(), Ports.findFree(), Ports.findFree(),
                Ports.findFree(), 1);
    }

    /** The same stack with n instances of each service behind the gateway. */
    public StackSettings withInstances(int n) {
        return new StackSettings(projectRoot, dataDirectory, postgresPort, kafkaPort, kafkaControllerPort, keycloakPort,
                keycloakManagementPort, gatewayPort, catalogPort, planPort, progressPort, n);
    }

    /** The port of instance k (from 0) of a service whose first instance listens on basePort. */
    public int instancePort(int basePort, int k) {
        return basePort + INSTANCE_PORT_STEP * k;
    }

    int[] ports() {
        return new int[] { postgresPort, kafkaPort, kafkaControllerPort, keycloakPort, keycloakManagementPort,
                gatewayPort, catalogPort, planPort, progressPort };
    }

    /** Fails before anything starts when a port is taken, naming the port and the variable that moves it. */
    void requirePortsFree() {
        int[] ports = ports();
        for (int i = 0; i < ports.length; i++) {
            Ports.requireFree(PORTS[i][1], PORTS[i][0], ports[i]);
        }
        // The further instances of catalog-, plan- and progress-service (the last three ports)
        for (int i = ports.length - 3; i < ports.length; i++) {
            for (int k = 1; k < instances; k++) {
                Ports.requireFree(PORTS[i][1] + " instance " + (k + 1), PORTS[i][0], instancePort(ports[i], k));
            }
        }
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }
}
