package dev.upright.deploy.demo;

import static dev.upright.deploy.demo.DemoCaseload.PASSWORD;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.upright.deploy.api.Api;
import dev.upright.deploy.demo.DemoCaseload.Clinic;
import dev.upright.deploy.demo.DemoCaseload.DemoClient;

/**
 * Gives the demo clinics a caseload worth opening, through the public API on the gateway exactly as the clinics'
 * people would: staff create profiles, link the demo logins, generate and activate plans; clients (or, for those
 * without a login, the clinic) log a few weeks of sessions, dated back, with the adherence and pain of
 * {@link DemoCaseload}. Alerts and paused exercises follow from the platform's own rules. Seeded randoms: the
 * same demo every time.
 * <p>
 * Not idempotent: each call adds another set of clients (the local stack calls it once per data folder).
 */
public final class DemoClinics {

    /** What a seeding added; {@code warnings} name what was skipped and why. */
    public record Seeded(int clients, int sessions, int openAlerts, List<String> warnings) {
    }

    /** A profile as {@code POST /api/v1/clients} takes it. */
    record Profile(String displayName, String experienceLevel, List<String> equipment, List<String> goals,
            int sessionsPerWeek, boolean deskWorker, List<String> painAreas) {

        static Profile of(DemoClient c) {
            return new Profile(c.name(), c.level(), c.equipment(), c.goals(), c.sessionsPerWeek(), c.deskWorker(),
                    c.painAreas());
        }
    }

    private static final int PLAN_WEEKS = 4;

    private final Api api;
    private final String gateway;
    private final List<String> warnings = new ArrayList<>();
    private final HistoryLogger history;

    /** @param gatewayUrl the gateway's base URL; @param keycloakUrl Keycloak's, for the demo users' logins */
    public DemoClinics(String gatewayUrl, String keycloakUrl) {
        this.api = new Api(keycloakUrl);
        this.gateway = gatewayUrl;
        this.history = new HistoryLogger(api, gatewayUrl, warnings::add);
    }

    public Seeded seed() {
        int clients = 0;
        int sessions = 0;
        int openAlerts = 0;
        for (Clinic clinic : DemoCaseload.CLINICS) {
            awaitPlanningCatalogue(clinic);
            for (DemoClient client : clinic.clients()) {
                String id = createProfile(client);
                clients++;
                sessions += planAndHistory(client, id);
            }
            var alerts = Api.expect(api.get(gateway + "/api/v1/alerts", token(clinic.staff())), "Open alerts", 200);
            openAlerts += alerts.body().size();
        }
        return new Seeded(clients, sessions, openAlerts, List.copyOf(warnings));
    }

    private String createProfile(DemoClient client) {
        var created = Api.expect(api.post(gateway + "/api/v1/clients", token(client.therapist()), Profile.of(client)),
                "Creating the profile of " + client.name(), 201);
        return created.body().get("id").asText();
    }

    /** @return the sessions logged: none when the plan could not be made or activated (a warning says why) */
    private int planAndHistory(DemoClient client, String clientId) {
        String staff = token(client.therapist());
        // Linked before the plan goes live, so the plan reaches progress-service with the client's account
        boolean linked = client.login() != null && linkLogin(client, clientId, staff);
        var plan = api.post(gateway + "/api/v1/clients/" + clientId + "/plans", staff,
                Map.of("seed", (long) client.name().hashCode(), "weeks", PLAN_WEEKS));
        if (plan.status() != 201) {
            // The generator may refuse a profile it cannot serve yet (422): the client stays, without a plan
            warnings.add("no plan for " + client.name() + " (" + plan.status() + "): " + detail(plan));
            return 0;
        }
        String planId = plan.body().get("id").asText();
        // Begun on the day the history starts, so adherence and progression count the dated-back sessions
        String startedOn = LocalDate.now(ZoneOffset.UTC).minusDays(SessionHistory.DAYS).toString();
        var activated = api.post(gateway + "/api/v1/plans/" + planId + "/activate?startedOn=" + startedOn, staff, null);
        if (activated.status() != 200) {
            warnings.add("the plan of " + client.name() + " was not activated (" + activated.status() + "): " + detail(activated));
            return 0;
        }
        if (!awaitProgressKnows(clientId, staff)) {
            warnings.add("progress-service did not learn of " + client.name() + "'s plan in time: no sessions logged");
            return 0;
        }
        return history.log(client, clientId, linked, activated.body());
    }

    private boolean linkLogin(DemoClient client, String clientId, String staff) {
        var link = api.send(gateway + "/api/v1/clients/" + clientId + "/account", staff, "PUT",
                Map.of("username", client.login()), null);
        if (link.status() == 200 || link.status() == 201) return true;
        // 409: the login already belongs to another profile (a clinic may have linked it by hand)
        warnings.add("login " + client.login() + " not linked to " + client.name() + " (" + link.status() + ": "
                + detail(link) + "); the clinic logs the sessions instead");
        return false;
    }

    /** After a fresh start the catalogue reaches plan-service over Kafka: plans wait until it has arrived. */
    private void awaitPlanningCatalogue(Clinic clinic) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int lastSize = -1;
        while (System.nanoTime() < deadline) {
            var answer = api.get(gateway + "/api/v1/planning-catalogue", token(clinic.staff()));
            if (answer.status() == 200) {
                Set<String> slugs = new HashSet<>();
                answer.body().forEach(e -> slugs.add(e.path("slug").asText()));
                // Settled: the rows and stretches plans need are there, and no more arrived since the last look
                if (slugs.containsAll(Set.of("band-row", "face-pull", "doorway-pec-stretch")) && slugs.size() == lastSize) return;
                lastSize = slugs.size();
            }
            sleep(500);
        }
        throw new IllegalStateException("plan-service's catalogue for " + clinic.name() + " did not fill within 120 s");
    }

    private boolean awaitProgressKnows(String clientId, String staff) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (api.get(gateway + "/api/v1/clients/" + clientId + "/adherence", staff).status() == 200) return true;
            sleep(250);
        }
        return false;
    }

    private String token(String user) {
        return api.cachedLogin(user, PASSWORD);
    }

    static String detail(Api.Answer answer) {
        JsonNode body = answer.body();
        return body != null && body.hasNonNull("detail") ? body.get("detail").asText() : String.valueOf(answer.raw());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding the demo clinics", e);
        }
    }
}
