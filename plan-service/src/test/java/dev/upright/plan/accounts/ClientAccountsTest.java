package dev.upright.plan.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.junit.jupiter.api.Test;

import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemException;

class ClientAccountsTest {

    private final AtomicInteger calls = new AtomicInteger();

    /** A Keycloak admin API whose every call fails with the given exception. */
    private KeycloakAdminApi keycloakFailingWith(RuntimeException failure) {
        return (KeycloakAdminApi) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { KeycloakAdminApi.class }, (proxy, method, args) -> {
                    calls.incrementAndGet();
                    throw failure;
                });
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenKeycloakCannotBeReached() {
        var accounts = new ClientAccounts(
                keycloakFailingWith(new ProcessingException(new ConnectException("Connection refused"))), "upright");

        assertThatThrownBy(() -> accounts.link("harbor", new AccountRequest("dana", null, null, null)))
                .isInstanceOfSatisfying(AccountsUnavailable.class, problem -> {
                    assertThat(problem.status()).isEqualTo(503);
                    assertThat(problem.headers()).containsKey("Retry-After");
                });
    }

    @Test
    void shouldAnswer503WhenKeycloakRefusesPlanServicesClient() {
        var accounts = new ClientAccounts(keycloakFailingWith(new WebApplicationException(403)), "upright");

        assertThatThrownBy(() -> accounts.link("harbor", new AccountRequest("dana", null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(503));
    }

    @Test
    void shouldListEveryBadFieldWithoutAskingKeycloak() {
        var accounts = new ClientAccounts(keycloakFailingWith(new IllegalStateException("not called")), "upright");

        assertThatThrownBy(() -> accounts.link("harbor", new AccountRequest("a b", "not-an-email", "Dana", "x".repeat(300))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting(Problem.FieldError::field)
                            .containsExactly("username", "email", "lastName");
                });
        assertThatThrownBy(() -> accounts.link("harbor", new AccountRequest("  ", null, null, null)))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("username"));
        assertThat(calls).hasValue(0);
    }
}
