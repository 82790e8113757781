package dev.upright.plan.integrations;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.upright.plan.accounts.AccountsConfig;
import dev.upright.plan.accounts.AccountsUnavailable;
import dev.upright.plan.accounts.AdminCalls;
import dev.upright.plan.accounts.KeycloakAdminApi;
import dev.upright.plan.accounts.KeycloakAdminApi.ClientApp;
import dev.upright.plan.accounts.KeycloakAdminApi.Credential;
import dev.upright.plan.integrations.ApiClientDefinitions.Details;
import dev.upright.web.problem.ProblemException;

/**
 * A clinic's API clients, kept in Keycloak only: plan-service stores nothing about them. Each call takes the
 * caller's clinic from the verified token; a client of another clinic, a demo client of the realm file and
 * a client that does not exist all answer the same 404. Keycloak unreachable or refusing plan-service
 * answers 503 ({@link AccountsUnavailable}).
 */
@ApplicationScoped
public class ApiClients {

    private static final Logger LOG = Logger.getLogger(ApiClients.class);
    /** Clients are read a page at a time; a realm holds a few per clinic. */
    private static final int PAGE = 100;

    private final KeycloakAdminApi keycloak;
    private final String realm;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public ApiClients(@RestClient KeycloakAdminApi keycloak, AccountsConfig config) {
        this(keycloak, config.realm(), Clock.systemUTC());
    }

    ApiClients(KeycloakAdminApi keycloak, String realm, Clock clock) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.clock = clock;
    }

    public IssuedSecret create(String clinic, String createdBy, String name, String description) {
        Details details = ApiClientDefinitions.validate(name, description);
        return AdminCalls.call("create the API client", () -> {
            String clientId = ApiClientDefinitions.newClientId(clinic, random);
            ClientApp wanted = ApiClientDefinitions.newClient(clinic, clientId, details, clock.instant(), createdBy);
            String id;
            try (Response created = keycloak.createClient(realm, wanted)) {
                id = AdminCalls.createdId(created);
            }
            try {
                AdminCalls.grantRealmRole(keycloak, realm, keycloak.serviceAccountUser(realm, id).id(),
                        ApiClientDefinitions.INTEGRATION_ROLE);
                String secret = keycloak.clientSecret(realm, id).value();
                LOG.infof("Created API client %s (%s) of clinic %s", clientId, id, clinic);
                return new IssuedSecret(ApiClientDefinitions.view(keycloak.client(realm, id)), secret);
            } catch (RuntimeException e) {
                // A client without its role or whose secret was never shown is of no use to anyone: take it back
                deleteQuietly(id, e);
                throw e;
            }
        });
    }

    public List<ApiClient> list(String clinic) {
        return AdminCalls.call("list the API clients", () -> {
            List<ApiClient> owned = new ArrayList<>();
            for (int first = 0;; first += PAGE) {
                List<ClientApp> page = keycloak.clients(realm, first, PAGE);
                page.stream().filter(client -> ApiClientDefinitions.ownedBy(client, clinic))
                        .map(ApiClientDefinitions::view).forEach(owned::add);
                if (page.size() < PAGE) {
                    break;
                }
            }
            owned.sort(Comparator.comparing(ApiClient::clientId));
            return owned;
        });
    }

    public ApiClient get(String clinic, String id) {
        return AdminCalls.call("read the API client", () -> ApiClientDefinitions.view(owned(clinic, id)));
    }

    /** A new secret, shown once; from now on Keycloak refuses the old one. */
    public IssuedSecret rotateSecret(String clinic, String id) {
        return AdminCalls.call("rotate the API client's secret", () -> {
            ClientApp client = owned(clinic, id);
            Credential secret = keycloak.regenerateClientSecret(realm, client.id());
            LOG.infof("Rotated the secret of API client %s of clinic %s", client.clientId(), clinic);
            return new IssuedSecret(ApiClientDefinitions.view(client), secret.value());
        });
    }

    /**
     * Deletes the client in Keycloak: token requests are refused at once. Access tokens it already holds are
     * still accepted by the services until they expire (at most the client's 5-minute token lifespan).
     */
    public void revoke(String clinic, String id) {
        AdminCalls.call("revoke the API client", () -> {
            ClientApp client = owned(clinic, id);
            keycloak.deleteClient(realm, client.id()).close();
            LOG.infof("Revoked API client %s of clinic %s", client.clientId(), clinic);
            return null;
        });
    }

    private ClientApp owned(String clinic, String id) {
        ClientApp client;
        try {
            client = keycloak.client(realm, id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw notFound(id);
            }
            throw e;
        }
        if (!ApiClientDefinitions.ownedBy(client, clinic)) {
            // Same answer as for a client that does not exist: nothing leaks across clinics
            throw notFound(id);
        }
        return client;
    }

    private void deleteQuietly(String id, RuntimeException failure) {
        try {
            keycloak.deleteClient(realm, id).close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.errorf("API client %s was created but not completed nor deleted; delete it in Keycloak", id);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("API client", id);
    }
}
