package dev.upright.plan.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TestServers;
import dev.upright.testing.Tokens;
import dev.upright.web.problem.ProblemException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Account linking against the real Keycloak with the platform realm, as plan-service's own client. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ClientAccountsIT {

    @Inject
    ClientAccounts accounts;

    private final KeycloakAdmin admin = new KeycloakAdmin();

    private static String newUsername() {
        return "dana-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldCreateAClientAccountInTheClinicThatLogsInAsAClientOfIt() {
        String username = newUsername();

        AccountLink link = accounts.link("harbor",
                new AccountRequest(username, username + "@mail.example", "Dana", "Desk"));

        assertThat(link.created()).isTrue();
        assertThat(link.username()).isEqualTo(username);
        assertThat(link.temporaryPassword()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(admin.realmRoles(link.userId())).contains("client").doesNotContain("therapist", "clinic-admin");
        assertThat(admin.clinicsOf(link.userId())).containsExactly("harbor");
        Map<String, Object> user = admin.user(link.userId());
        assertThat(user).containsEntry("email", username + "@mail.example").containsEntry("firstName", "Dana")
                .containsEntry("enabled", true);
        assertThat(user.get("requiredActions")).isEqualTo(List.of("UPDATE_PASSWORD"));

        // The client would now set a password of their own; skip that step and log in with the temporary one
        admin.clearRequiredActions(link.userId());
        JsonPath token = claimsOf(login(username, link.temporaryPassword()));
        assertThat(token.getString("sub")).isEqualTo(link.userId());
        assertThat(token.getList("organization", String.class)).containsExactly("harbor");
        assertThat(token.getList("realm_access.roles", String.class)).contains("client");
    }

    @Test
    void shouldLinkAClinicsExistingClientWithoutANewPassword() {
        AccountLink link = accounts.link("harbor", new AccountRequest("clara", null, null, null));

        assertThat(link.userId()).isEqualTo(Tokens.subjectOf(Tokens.of("clara")));
        assertThat(link.username()).isEqualTo("clara");
        assertThat(link.created()).isFalse();
        assertThat(link.temporaryPassword()).isNull();
    }

    @Test
    void shouldGiveTheSameAccountWhenTheSameUsernameIsLinkedAgain() {
        String username = newUsername();
        AccountLink first = accounts.link("summit", new AccountRequest(username, null, null, null));

        AccountLink again = accounts.link("summit", new AccountRequest(username.toUpperCase(), null, null, null));

        assertThat(again.userId()).isEqualTo(first.userId());
        assertThat(again.created()).isFalse();
        assertThat(admin.clinicsOf(first.userId())).containsExactly("summit");
    }

    @Test
    void shouldGiveBackTheClientRoleWhenAClinicsAccountLacksIt() {
        String username = newUsername();
        AccountLink created = accounts.link("harbor", new AccountRequest(username, null, null, null));
        admin.removeClientRole(created.userId());

        accounts.link("harbor", new AccountRequest(username, null, null, null));

        assertThat(admin.realmRoles(created.userId())).contains("client");
    }

    @Test
    void shouldTreatAnotherClinicsClientAsUnknown() {
        String sara = Tokens.subjectOf(Tokens.of("sara"));

        assertProblem(404, "account-not-in-clinic",
                () -> accounts.link("harbor", new AccountRequest("sara", null, null, null)));
        assertThat(admin.clinicsOf(sara)).containsExactly("summit");
    }

    @Test
    void shouldRefuseToLinkAStaffAccount() {
        String theo = Tokens.subjectOf(Tokens.of("theo"));

        ProblemException problem = assertProblem(409, "account-is-staff",
                () -> accounts.link("harbor", new AccountRequest("theo", null, null, null)));

        assertThat(problem.getMessage()).contains("therapist");
        assertThat(admin.realmRoles(theo)).doesNotContain("client");
    }

    @Test
    void shouldRefuseANewAccountWithAnotherAccountsEmail() {
        String username = newUsername();

        assertProblem(409, "email-taken",
                () -> accounts.link("harbor", new AccountRequest(username, "Clara@harbor.example", null, null)));
        // Nothing was created: without the email, the same username makes a new account
        assertThat(accounts.link("harbor", new AccountRequest(username, null, null, null)).created()).isTrue();
    }

    private static ProblemException assertProblem(int status, String slug, ThrowableAssert.ThrowingCallable call) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, call);
        assertThat(problem).as("a problem answer").isNotNull();
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.slug()).isEqualTo(slug);
        return problem;
    }

    private static String login(String username, String password) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "upright-cli", "username", username,
                        "password", password, "scope", "openid"))
                .post(TestServers.get().keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static JsonPath claimsOf(String token) {
        return JsonPath.from(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
