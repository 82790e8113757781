package dev.upright.localservers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where this build put the Kafka broker's libraries and the Keycloak distribution. */
public record ServerLayout(Path kafkaLibs, Path keycloakHome, String kafkaVersion, String keycloakVersion) {

    public static ServerLayout fromBuild() {
        Properties properties = buildProperties();
        var layout = new ServerLayout(
                Path.of(override("UPRIGHT_KAFKA_LIBS", properties.getProperty("kafka.libs"))).normalize(),
                Path.of(override("UPRIGHT_KEYCLOAK_HOME", properties.getProperty("keycloak.home"))).normalize(),
                properties.getProperty("kafka.version"),
                properties.getProperty("keycloak.version"));
        layout.check();
        return layout;
    }

    /** The Kafka and Keycloak versions this build uses, whether or not their distributions are unpacked. */
    public record Versions(String kafka, String keycloak) {
    }

    public static Versions versions() {
        Properties properties = buildProperties();
        return new Versions(properties.getProperty("kafka.version"), properties.getProperty("keycloak.version"));
    }

    private static Properties buildProperties() {
        var properties = new Properties();
        try (InputStream in = ServerLayout.class.getResourceAsStream("/upright-local-servers.properties")) {
            if (in == null) {
                throw new IllegalStateException("upright-local-servers.properties is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private void check() {
        if (!Files.isDirectory(kafkaLibs)) {
            throw new IllegalStateException("Kafka broker libraries not found at " + kafkaLibs
                    + ": build the project first (./mvnw -DskipTests package)");
        }
        if (!Files.isRegularFile(keycloakHome.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak distribution not found at " + keycloakHome
                    + ": build the project first (./mvnw -DskipTests package)");
        }
    }

    private static String override(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
