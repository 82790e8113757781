package dev.upright.plan.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.upright.plan.domain.ClientProfile;
import dev.upright.web.problem.ProblemException;
import dev.upright.support.tenancy.TenantContext;

@ApplicationScoped
public class ClientService {

    @Inject
    TenantContext tenancy;

    public List<ClientProfile> list() {
        tenancy.requireTenant();
        return ClientProfile.list("order by displayName, id");
    }

    /** Discriminator tenancy filters the lookup, so another clinic's client is not found (404). */
    public ClientProfile get(UUID id) {
        tenancy.requireTenant();
        ClientProfile client = ClientProfile.findById(id);
        if (client == null) {
            throw ProblemException.notFound("Client", id);
        }
        return client;
    }

    @Transactional
    public ClientProfile create(String displayName, String experienceLevel) {
        tenancy.requireTenant();
        var client = new ClientProfile();
        client.id = UUID.randomUUID();
        client.displayName = displayName.strip();
        client.experienceLevel = experienceLevel;
        client.createdAt = Instant.now();
        client.persist();
        return client;
    }
}
