package dev.upright.support.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Feeds Hibernate's discriminator multitenancy: every {@code @TenantId} entity is read and written
 * only for the clinic of the current token or event.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class TokenTenantResolver implements TenantResolver {

    /** Matches no clinic, so work without a tenant sees no clinic-owned rows. */
    public static final String NO_TENANT = "-";

    @Inject
    TenantContext context;

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return NO_TENANT;
        }
        return context.tenant().orElse(NO_TENANT);
    }
}
