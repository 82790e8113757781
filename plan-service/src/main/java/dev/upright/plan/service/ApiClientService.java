package dev.upright.plan.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.upright.plan.integrations.ApiClient;
import dev.upright.plan.integrations.ApiClients;
import dev.upright.plan.integrations.IssuedSecret;
import dev.upright.support.tenancy.TenantContext;

/**
 * The caller's clinic's API clients. The clinic is only ever the verified token's: no path, header or body
 * field chooses it. Nothing is stored in plan-service's database, so no transaction is involved.
 */
@ApplicationScoped
public class ApiClientService {

    @Inject
    TenantContext tenancy;

    @Inject
    ApiClients apiClients;

    public IssuedSecret create(Caller caller, String name, String description) {
        return apiClients.create(tenancy.requireTenant(), caller.name(), name, description);
    }

    public List<ApiClient> list() {
        return apiClients.list(tenancy.requireTenant());
    }

    public ApiClient get(String id) {
        return apiClients.get(tenancy.requireTenant(), id);
    }

    public IssuedSecret rotateSecret(String id) {
        return apiClients.rotateSecret(tenancy.requireTenant(), id);
    }

    public void revoke(String id) {
        apiClients.revoke(tenancy.requireTenant(), id);
    }
}
