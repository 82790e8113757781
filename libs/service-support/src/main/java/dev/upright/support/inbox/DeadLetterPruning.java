package dev.upright.support.inbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.upright.support.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes dead letters older than their retention ({@code upright.dead-letters.*}), so the table holds what an
 * operator may still act on. Every instance of a service runs it: a delete by age is idempotent, so two instances
 * pruning at once delete the same rows once between them, and neither fails.
 */
@ApplicationScoped
public class DeadLetterPruning {

    private static final Logger LOG = Logger.getLogger(DeadLetterPruning.class);

    @Inject
    EntityManager em;

    @Inject
    DeadLetterConfig config;

    @Inject
    DeadLetters deadLetters;

    @Inject
    TenantScope tenantScope;

    @Scheduled(every = "${upright.dead-letters.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneOnSchedule() {
        // A service without consumers has no dead_letter table to prune
        if (deadLetters.hasConsumers()) {
            prune();
        }
    }

    /** @return how many dead letters were deleted */
    public int prune() {
        Instant cutoff = Instant.now().minus(config.retention());
        // For no clinic: a dead letter may name none, and retention is the same for all
        int deleted = tenantScope.call(null, () -> QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("delete from dead_letter where recorded_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate()));
        if (deleted > 0) {
            LOG.infof("Pruned %d dead letters recorded before %s", deleted, cutoff);
        }
        return deleted;
    }
}
