package dev.upright.support.tenancy;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/** Runs work for the clinic named by an event, outside any HTTP request. */
@ApplicationScoped
public class TenantScope {

    @Inject
    TenantContext context;

    public <T> T call(String tenantId, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        try {
            context.useTenantOfEvent(tenantId);
            return work.get();
        } finally {
            if (activatedHere) {
                requestContext.terminate();
            }
        }
    }

    public void run(String tenantId, Runnable work) {
        call(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
