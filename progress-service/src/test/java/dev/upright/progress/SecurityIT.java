package dev.upright.progress;

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

    SecurityIT() {
        // The roles of the README's endpoint table; a client logs their own sessions, staff name the client
        super("/api/v1/alerts", Map.of(
                "POST /api/v1/sessions", Set.of("client", "therapist", "clinic-admin"),
                "POST /api/v1/alerts/{id}/ack", Set.of("therapist", "clinic-admin"),
                "PUT /api/v1/clinic/alert-settings", Set.of("clinic-admin"),
                "POST /api/v1/webhooks", Set.of("clinic-admin"),
                "PATCH /api/v1/webhooks/{id}", Set.of("clinic-admin"),
                "DELETE /api/v1/webhooks/{id}", Set.of("clinic-admin"),
                "POST /api/v1/webhooks/{id}/rotate-secret", Set.of("clinic-admin"),
                "POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", Set.of("clinic-admin")));
    }
}
