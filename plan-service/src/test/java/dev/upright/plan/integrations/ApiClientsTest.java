package dev.upright.plan.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;

import dev.upright.plan.accounts.AccountsUnavailable;
import dev.upright.plan.accounts.KeycloakAdminApi;
import dev.upright.plan.accounts.KeycloakAdminApi.ClientApp;
import dev.upright.plan.accounts.KeycloakAdminApi.ProtocolMapper;
import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemException;

class ApiClientsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    private final AtomicInteger calls = new AtomicInteger();

    /** A Keycloak admin API whose every call fails with the given exception. */
    private ApiClients failingWith(RuntimeException failure) {
        var keycloak = (KeycloakAdminApi) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { KeycloakAdminApi.class }, (proxy, method, args) -> {
                    calls.incrementAndGet();
                    throw failure;
                });
        return new ApiClients(keycloak, "upright", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenKeycloakCannotBeReached() {
        var apiClients = failingWith(new ProcessingException(new ConnectException("Connection refused")));

        assertThatThrownBy(() -> apiClients.list("harbor"))
                .isInstanceOfSatisfying(AccountsUnavailable.class, problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.headers()).containsKey("Retry-After");
                });
        assertThatThrownBy(() -> apiClients.create("harbor", "Anna", "Records", null))
                .isInstanceOf(AccountsUnavailable.class);
    }

    @Test
    void shouldAnswer503WhenKeycloakRefusesPlanServicesClient() {
        var apiClients = failingWith(new WebApplicationException(403));

        assertThatThrownBy(() -> apiClients.rotateSecret("harbor", "1b0c2f4e-0000-4000-8000-000000000001"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(503));
    }

    @Test
    void shouldAnswer404ForAClientKeycloakDoesNotHave() {
        var apiClients = failingWith(new WebApplicationException(404));

        assertThatThrownBy(() -> apiClients.revoke("harbor", "1b0c2f4e-0000-4000-8000-000000000001"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(404));
    }

    @Test
    void shouldCheckTheNameWithoutAskingKeycloak() {
        var apiClients = failingWith(new IllegalStateException("not called"));

        assertThatThrownBy(() -> apiClients.create("harbor", "Anna", " ", "x".repeat(300)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(Problem.FieldError::field)
                            .containsExactly("name", "description");
                });
        assertThat(calls).hasValue(0);
    }

    @Test
    void shouldMakeAClientCredentialsOnlyClientThatNamesItsClinic() {
        var details = ApiClientDefinitions.validate("  Records sync ", "");
        String clientId = ApiClientDefinitions.newClientId("harbor", new Random(7));

        ClientApp client = ApiClientDefinitions.newClient("harbor", clientId, details, NOW, "Anna Admin");

        assertThat(clientId).matches("harbor-api-[a-z2-9]{8}");
        assertThat(client.name()).isEqualTo("Records sync");
        assertThat(client.description()).isNull();
        assertThat(client.publicClient()).isFalse();
        assertThat(client.serviceAccountsEnabled()).isTrue();
        assertThat(client.standardFlowEnabled()).isFalse();
        assertThat(client.directAccessGrantsEnabled()).isFalse();
        assertThat(client.implicitFlowEnabled()).isFalse();
        assertThat(client.attributes()).containsEntry("upright.clinic", "harbor")
                .containsEntry("access.token.lifespan", "300");
        assertThat(client.protocolMappers()).extracting(ProtocolMapper::config)
                .anySatisfy(config -> assertThat(config).containsEntry("claim.name", "organization")
                        .containsEntry("claim.value", "harbor"))
                .anySatisfy(config -> assertThat(config).containsEntry("included.custom.audience", "upright-api"));
        assertThat(ApiClientDefinitions.ownedBy(client, "harbor")).isTrue();
        assertThat(ApiClientDefinitions.ownedBy(client, "summit")).isFalse();
        assertThat(ApiClientDefinitions.view(client).created()).isEqualTo(NOW);
    }

    @Test
    void shouldNotTreatAClientWithoutTheClinicAttributeAsAnyClinics() {
        var demo = new ClientApp("id", "harbor-integration", null, null, true, false, null, true, false, false, false,
                "openid-connect", Map.of(), null);

        assertThat(ApiClientDefinitions.ownedBy(demo, "harbor")).isFalse();
    }
}
