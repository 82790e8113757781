package dev.upright.support.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.upright.support.tenancy.RequestContexts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes a scheduled job run once per round across every instance of a service. Each instance's scheduler
 * fires on its own clock; the first to claim a round in the service's database runs it, and the others
 * find the round taken and skip. A round counts as taken while the job last started less than
 * {@value #TAKEN_FOR_PERCENT}% of an interval ago: whatever the phase between the instances' timers, rounds
 * start at least that far apart, so the job runs about once per interval however many instances there are,
 * and the slack absorbs a timer firing a little early. A restarted instance does not rerun a round either.
 * <p>
 * The same row can instead be held ({@link #hold}) by one instance for as long as it keeps renewing it, for work
 * that must not run on two instances side by side.
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
        boolean claimed = upsert(job, """
                insert into job_round (job, started_at, instance) values (:job, clock_timestamp(), :instance)
                on conflict (job) do update set started_at = excluded.started_at, instance = excluded.instance
                where job_round.started_at <= clock_timestamp() - make_interval(secs => :seconds)""", gapMillis);
        // Per instance: summed over the instances, the rounds actually run
        Counter.builder(METRIC).description("Rounds of a scheduled job this instance claimed and ran")
                .tag("job", job).tag("claimed", Boolean.toString(claimed)).register(metrics).increment();
        return claimed;
    }

    /**
     * Holds a job that must run on one instance at a time, such as a relay that keeps its sends in order. The
     * holder renews its hold with each call; another instance gets it only once the holder has not renewed it for
     * {@code lapseAfter} (it stopped or hangs), so lapseAfter must exceed the longest gap between the holder's calls.
     *
     * @return true when this instance holds the job now and may run it until its next call
     */
    public boolean hold(String job, Duration lapseAfter) {
        return upsert(job, """
                insert into job_round (job, started_at, instance) values (:job, clock_timestamp(), :instance)
                on conflict (job) do update set started_at = excluded.started_at, instance = excluded.instance
                where job_round.instance = excluded.instance
                   or job_round.started_at <= clock_timestamp() - make_interval(secs => :seconds)""",
                lapseAfter.toMillis());
    }

    /** Lets another instance take a job this instance holds at once, instead of after the hold lapses. */
    public void release(String job) {
        RequestContexts.within(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                update job_round set started_at = '-infinity' where job = :job and instance = :instance""")
                .setParameter("job", job)
                .setParameter("instance", INSTANCE)
                .executeUpdate()));
    }

    private boolean upsert(String job, String sql, long millis) {
        return RequestContexts.within(() -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                .setParameter("job", job)
                .setParameter("instance", INSTANCE)
                .setParameter("seconds", millis / 1000.0)
                .executeUpdate() == 1));
    }
}
