package dev.upright.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus service under test at real servers: PostgreSQL, Kafka and Keycloak with the
 * platform realm. Dev Services stay off; nothing here is a mock.
 */
public class PlatformServersResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestServers servers = TestServers.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", servers.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", servers.kafkaBootstrapServers(),
                "quarkus.oidc.auth-server-url", servers.keycloakRealmUrl(),
                // plan-service's admin-API client (client accounts); other services have no such setting
                "upright.accounts.server-url", servers.keycloakUrl());
    }

    @Override
    public void stop() {
        // The servers outlive one Quarkus application: other test profiles of the module reuse them.
    }
}
