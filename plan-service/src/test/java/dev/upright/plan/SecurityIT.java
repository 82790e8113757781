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
        // The roles of the README's endpoint table; deleting a template is its author's or a clinic-admin's
        super("/api/v1/templates", Map.of(
                "POST /api/v1/clients", STAFF,
                "PATCH /api/v1/clients/{id}", STAFF,
                "PUT /api/v1/clients/{id}/account", PRESCRIBERS,
                "POST /api/v1/clients/{clientId}/plans", PRESCRIBERS,
                "PUT /api/v1/plans/{id}", PRESCRIBERS,
                "POST /api/v1/plans/{id}/activate", PRESCRIBERS,
                "PUT /api/v1/clinic/progression-settings", Set.of("clinic-admin"),
                "POST /api/v1/templates", PRESCRIBERS,
                "DELETE /api/v1/templates/{id}", PRESCRIBERS));
    }
}
