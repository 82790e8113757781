package dev.upright.plan.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.plan.accounts.AccountLink;
import dev.upright.plan.accounts.AccountRequest;
import dev.upright.plan.accounts.ClientAccounts;
import dev.upright.plan.domain.Client;
import dev.upright.plan.domain.Plan;
import dev.upright.plan.events.PlanEvents;
import dev.upright.support.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Gives a client profile its login: an existing client account of the clinic, or a new one. Keycloak
 * is called first and outside any transaction (it may take seconds); linking the same username again
 * finds the same account, so a retry after a failed save is safe.
 */
@ApplicationScoped
public class ClientAccountService {

    @Inject
    TenantContext tenancy;

    @Inject
    ClientService clients;

    @Inject
    PlanEvents events;

    @Inject
    ClientAccounts accounts;

    public record Linked(Client client, AccountLink account) {
    }

    public Linked link(UUID clientId, AccountRequest request) {
        String tenant = tenancy.requireTenant();
        clients.get(clientId);
        AccountLink account = accounts.link(tenant, request);
        Client client = QuarkusTransaction.joiningExisting().call(() -> {
            Client linked = clients.linkAccount(clientId, account.userId(), account.username());
            // The active plan is announced again so progress-service learns whose it is; a plan it already
            // holds only has its account ids refreshed there
            for (Plan plan : Plan.activeOf(linked.id)) {
                events.activated(plan, linked, PlanContent.load(plan));
            }
            return linked;
        });
        return new Linked(client, account);
    }
}
