package dev.upright.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.progress.domain.Alert;
import dev.upright.support.tenancy.TenantScope;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class AlertResourceIT {

    @Inject
    TenantScope tenantScope;

    @Test
    void shouldShowAClinicOnlyItsOwnAlerts() {
        UUID harborAlert = raiseAlert("harbor");
        UUID summitAlert = raiseAlert("summit");

        given().auth().oauth2(Tokens.of("theo")).when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("id", hasItem(harborAlert.toString()))
                .body("id", not(hasItem(summitAlert.toString())));
        given().auth().oauth2(Tokens.of("sam")).when().get("/api/v1/alerts")
                .then().statusCode(200)
                .body("id", hasItem(summitAlert.toString()))
                .body("id", not(hasItem(harborAlert.toString())));
    }

    @Test
    void shouldRefuseAlertsToClientsAndAnonymousCallers() {
        given().auth().oauth2(Tokens.of("clara")).when().get("/api/v1/alerts").then().statusCode(403);
        given().when().get("/api/v1/alerts").then().statusCode(401).contentType("application/problem+json");
    }

    /** Written the way an event consumer will: tenant taken from the event, then the database touched. */
    private UUID raiseAlert(String tenant) {
        return tenantScope.call(tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            var alert = new Alert();
            alert.id = UUID.randomUUID();
            alert.clientId = UUID.randomUUID();
            alert.severity = "high";
            alert.reason = "sharp-pain";
            alert.detail = "Sharp pain reported on band row";
            alert.raisedAt = Instant.now();
            alert.persist();
            return alert.id;
        }));
    }
}
