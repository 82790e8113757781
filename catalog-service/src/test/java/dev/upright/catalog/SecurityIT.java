package dev.upright.catalog;

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

    private static final Set<String> EDITORS = Set.of("therapist", "clinic-admin");

    SecurityIT() {
        // The roles of the README's endpoint table
        super("/api/v1/exercises", Map.of(
                "POST /api/v1/exercises", EDITORS,
                "PUT /api/v1/exercises/{id}", EDITORS,
                "DELETE /api/v1/exercises/{id}", EDITORS));
    }
}
