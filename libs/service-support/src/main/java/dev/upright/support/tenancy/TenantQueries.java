package dev.upright.support.tenancy;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;

/**
 * Native SQL of the current clinic, for the statements every request or event runs. While the tenant filter of
 * {@code @TenantId} is on, Hibernate keeps no plan for an HQL query and translates it again on each execution:
 * on the busiest paths that translation cost more than the database. Native SQL is not translated, and so not
 * filtered either: each statement names {@code :tenant} itself, and this binds it to the unit of work's clinic.
 */
// Entities look it up rather than inject it, which the build cannot see
@Unremovable
@ApplicationScoped
public class TenantQueries {

    static final String TENANT = "tenant";
    private static final Pattern TENANT_PARAMETER = Pattern.compile(":" + TENANT + "\\b");

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenancy;

    /** This bean, for the static finders of Panache entities, which reach their EntityManager the same way. */
    public static TenantQueries current() {
        return Arc.container().instance(TenantQueries.class).get();
    }

    /** A statement whose rows are scalars, or an update; {@code sql} must restrict by {@code :tenant}. */
    public Query sql(String sql) {
        return em.createNativeQuery(requireTenantParameter(sql)).setParameter(TENANT, tenancy.requireTenant());
    }

    /** A select of whole rows of {@code entity}'s table, read as managed entities. */
    public <T> Query sql(String sql, Class<T> entity) {
        return em.createNativeQuery(requireTenantParameter(sql), entity).setParameter(TENANT, tenancy.requireTenant());
    }

    static String requireTenantParameter(String sql) {
        if (!TENANT_PARAMETER.matcher(sql).find()) {
            throw new IllegalArgumentException("Native SQL of a clinic's data must restrict by :" + TENANT + ": " + sql);
        }
        return sql;
    }
}
