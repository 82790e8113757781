package dev.upright.plan.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts changes to the catalogue read model per owner: the global catalogue, and each clinic's own
 * exercises. Any instance can compare the counters with those of a copy it holds.
 */
@ApplicationScoped
public class CatalogueRevisions {

    static final String GLOBAL = "*";

    /** Where a clinic's catalogue stands: changes to the global part and to the clinic's own part. */
    public record Revision(long global, long clinic) {
    }

    @Inject
    EntityManager em;

    /** Call in the transaction that changed an exercise of this owner (null: a global exercise). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(String tenantId) {
        em.createNativeQuery("""
                insert into catalog_revision (scope, revision) values (:scope, 1)
                on conflict (scope) do update set revision = catalog_revision.revision + 1""")
                .setParameter("scope", tenantId == null ? GLOBAL : tenantId)
                .executeUpdate();
    }

    public Revision of(String tenant) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select scope, revision from catalog_revision where scope in (:global, :tenant)")
                .setParameter("global", GLOBAL)
                .setParameter("tenant", tenant)
                .getResultList();
        long global = 0;
        long clinic = 0;
        for (Object[] row : rows) {
            long revision = ((Number) row[1]).longValue();
            if (GLOBAL.equals(row[0])) {
                global = revision;
            } else {
                clinic = revision;
            }
        }
        return new Revision(global, clinic);
    }
}
