package dev.upright.plan;

import java.util.Map;
import java.util.Set;

import dev.upright.testing.ApiSecurityChecks;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Forged tokens, roles on every write, oversized and malformed bodies (checks in ApiSecurityChecks). */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class SecurityIT extends ApiSecurityChecks {

    private static final Set<String> STAFF = Set.of("therapist", "clinic-admin", "integration");
    private static final Set<String> PRESCRIBERS = Set.of("therapist", "clinic-admin");

    SecurityIT() {
        // The roles of the README's endpoint table; deleting a template is its author's or a clinic-admin's;
        // API clients are managed by clinic admins only
        super("/api/v1/templates", Map.ofEntries(
                Map.entry("POST /api/v1/clients", STAFF),
                Map.entry("PATCH /api/v1/clients/{id}", STAFF),
                Map.entry("PUT /api/v1/clients/{id}/account", PRESCRIBERS),
                Map.entry("POST /api/v1/clients/{clientId}/plans", PRESCRIBERS),
                Map.entry("PUT /api/v1/plans/{id}", PRESCRIBERS),
                Map.entry("POST /api/v1/plans/{id}/activate", PRESCRIBERS),
                Map.entry("PUT /api/v1/clinic/progression-settings", Set.of("clinic-admin")),
                Map.entry("POST /api/v1/templates", PRESCRIBERS),
                Map.entry("DELETE /api/v1/templates/{id}", PRESCRIBERS),
                Map.entry("POST /api/v1/api-clients", Set.of("clinic-admin")),
                Map.entry("POST /api/v1/api-clients/{id}/rotate-secret", Set.of("clinic-admin")),
                Map.entry("DELETE /api/v1/api-clients/{id}", Set.of("clinic-admin"))));
    }
}
