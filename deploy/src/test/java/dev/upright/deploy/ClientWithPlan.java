package dev.upright.deploy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.upright.deploy.api.Api;
import dev.upright.deploy.api.PlannedSession;
import dev.upright.testing.Tokens;

/**
 * A client created by a staff login through the gateway, with a generated 4-week plan activated a week ago, once
 * progress-service has heard of the plan (it then answers the client's adherence).
 */
record ClientWithPlan(UUID clientId, String planId, List<PlannedSession> sessions) {

    static ClientWithPlan create(Api api, String gateway, String staff, String name, long seed, Duration bound) {
        String token = api.cachedLogin(staff, Tokens.DEMO_PASSWORD);
        var profile = Map.of("displayName", "Client " + name, "experienceLevel", "intermediate",
                "equipment", List.of("resistance-band", "dumbbells", "mat"), "goals", List.of("posture", "strength"),
                "sessionsPerWeek", 3, "deskWorker", true, "painAreas", List.of());
        UUID clientId = UUID.fromString(Api.expect(api.post(gateway + "/api/v1/clients", token, profile),
                "Creating " + name, 201).body().get("id").asText());
        String planId = Api.expect(api.post(gateway + "/api/v1/clients/" + clientId + "/plans", token,
                Map.of("seed", seed, "weeks", 4)), "Generating a plan for " + name, 201).body().get("id").asText();
        String startedOn = LocalDate.now(ZoneOffset.UTC).minusDays(7).toString();
        List<PlannedSession> sessions = PlannedSession.of(Api.expect(api.post(gateway + "/api/v1/plans/" + planId
                + "/activate?startedOn=" + startedOn, token, null), "Activating the plan of " + name, 200).body());
        // progress-service learns of the plan from plans.lifecycle
        await().atMost(bound).pollInterval(Duration.ofMillis(250)).until(() -> api.get(gateway + "/api/v1/clients/"
                + clientId + "/adherence", api.cachedLogin(staff, Tokens.DEMO_PASSWORD)).status() == 200);
        return new ClientWithPlan(clientId, planId, sessions);
    }
}
