package dev.upright.support.tenancy;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs work for the clinic named by an event, outside any HTTP request. */
@ApplicationScoped
public class TenantScope {

    @Inject
    TenantContext context;

    public <T> T call(String tenantId, Supplier<T> work) {
        return RequestContexts.within(() -> {
            context.useTenantOfEvent(tenantId);
            return work.get();
        });
    }

    public void run(String tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
