package dev.upright.support.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes a scheduled job run once per round across every instance of a service. Each instance's scheduler
 * fires on its own clock; the first to claim a round in the service's database runs it, and the others
 * find the round taken and skip. A round counts as taken while the job last started less than
 * {@value #TAKEN_FOR_PERCENT}% of an interval ago: whatever the phase between the instances' timers, rounds
 * start at least that far apart, so the job runs about once per interval however many instances there are,
 * and the slack absorbs a timer firing a little early. A restarted instance does not rerun a round either.
 * <p>
 * The service needs the {@code job_round} table (its own migration; see progress-service V7).
 */
@ApplicationScoped
public class JobRounds {

    static final String METRIC = "upright_job_rounds";
    static final int TAKEN_FOR_PERCENT = 90;

    /** Host and process id, so the database shows which instance ran the last round. */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    /**
     * @param interval the job's schedule; rounds start at least {@value #TAKEN_FOR_PERCENT}% of it apart
     * @return true when this instance claimed the round and should run the job now
     */
    public boolean claim(String job, Duration interval) {
        long gapMillis = interval.toMillis() * TAKEN_FOR_PERCENT / 100;
        // Hibernate resolves the tenant (none, here) through the request context, which a scheduler thread has and
        // another thread may not
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        boolean claimed;
        try {
            claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into job_round (job, started_at, instance) values (:job, clock_timestamp(), :instance)
                on conflict (job) do update set started_at = excluded.started_at, instance = excluded.instance
                where job_round.started_at <= clock_timestamp() - make_interval(secs => :gap)""")
                .setParameter("job", job)
                .setParameter("instance", INSTANCE)
                .setParameter("gap", gapMillis / 1000.0)
                .executeUpdate() == 1);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
        // Per instance: summed over the instances, the rounds actually run
        Counter.builder(METRIC).description("Rounds of a scheduled job this instance claimed and ran")
                .tag("job", job).tag("claimed", Boolean.toString(claimed)).register(metrics).increment();
        return claimed;
    }
}
