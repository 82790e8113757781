package dev.upright.plan.accounts;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.upright.plan.accounts.KeycloakAdminApi.Role;

import io.quarkus.oidc.client.OidcClientException;

/** Steps of Keycloak's admin API that account linking and the clinics' API clients both take. */
public final class AdminCalls {

    private static final Logger LOG = Logger.getLogger(AdminCalls.class);

    private AdminCalls() {
    }

    /**
     * Runs admin API calls, turning Keycloak being unreachable, too slow, or refusing plan-service (wrong secret,
     * missing realm-management role) into 503 {@link AccountsUnavailable}; the cause is logged with it.
     * {@link dev.upright.web.problem.ProblemException}s thrown by the calls pass through.
     *
     * @param what what the calls do, to finish "Keycloak could not be reached to ..."
     */
    public static <T> T call(String what, Supplier<T> calls) {
        try {
            return calls.get();
        } catch (ProcessingException | OidcClientException e) {
            throw new AccountsUnavailable("Keycloak could not be reached to " + what + "; nothing was changed."
                    + " Try again in a moment.", e);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                LOG.errorf("Keycloak refused plan-service's admin call (%d): check the plan-service client's secret"
                        + " and its realm-management roles", status);
            }
            throw new AccountsUnavailable("Keycloak did not complete the request to " + what + " (status " + status
                    + "); try again in a moment.", e);
        }
    }

    /** Grants the user a realm role; granting needs the role's id, which only the grantable roles tell. */
    public static void grantRealmRole(KeycloakAdminApi keycloak, String realm, String userId, String roleName) {
        Role role = keycloak.grantableRealmRoles(realm, userId).stream()
                .filter(candidate -> roleName.equals(candidate.name()))
                .findFirst()
                .orElseThrow(() -> {
                    LOG.errorf("Keycloak does not let plan-service grant the realm role %s: check the realm", roleName);
                    return new AccountsUnavailable("The role " + roleName + " cannot be granted at the moment.", null);
                });
        keycloak.addRealmRoles(realm, userId, List.of(role)).close();
    }

    /** The id of what a create call made: the last segment of its Location header. */
    public static String createdId(Response created) {
        URI location = created.getLocation();
        if (location == null) {
            throw new ProcessingException("Keycloak created it but did not say where");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
