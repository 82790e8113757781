package dev.upright.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.upright.support.jobs.JobRounds;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A scheduled job's round claimed in the database: of several instances asking at once, one runs it. The
 * instances are threads here, each with its own transaction and connection, as separate processes would have.
 */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class JobRoundsIT {

    private static final Duration HOURLY = Duration.ofHours(1);

    @Inject
    JobRounds rounds;

    @Inject
    EntityManager em;

    @Test
    void shouldGiveEachRoundToOneOfManyInstancesAskingAtOnce() throws Exception {
        String job = "job-" + UUID.randomUUID();
        int instances = 8;
        var together = new CyclicBarrier(instances);
        List<Callable<Boolean>> askers = IntStream.range(0, instances).<Callable<Boolean>>mapToObj(i -> () -> {
            together.await();
            return rounds.claim(job, HOURLY);
        }).toList();

        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Boolean> claimed = pool.invokeAll(askers).stream().map(JobRoundsIT::result).toList();
            assertThat(claimed).containsOnlyOnce(true);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRefuseTheSameRoundUntilNineTenthsOfAnIntervalHavePassed() {
        String job = "job-" + UUID.randomUUID();
        assertThat(rounds.claim(job, HOURLY)).isTrue();
        assertThat(rounds.claim(job, HOURLY)).isFalse();

        startedMinutesAgo(job, 53);
        assertThat(rounds.claim(job, HOURLY)).as("53 minutes after the last round of an hourly job").isFalse();

        startedMinutesAgo(job, 55);
        assertThat(rounds.claim(job, HOURLY)).as("55 minutes after the last round of an hourly job").isTrue();
    }

    @Test
    void shouldKeepJobsApart() {
        String sweep = "job-" + UUID.randomUUID();
        String prune = "job-" + UUID.randomUUID();

        assertThat(rounds.claim(sweep, HOURLY)).isTrue();
        assertThat(rounds.claim(prune, HOURLY)).isTrue();
    }

    @Test
    void shouldKeepAHeldJobWithItsHolderUntilTheHoldLapses() {
        String relay = "job-" + UUID.randomUUID();
        Duration lease = Duration.ofSeconds(15);
        assertThat(rounds.hold(relay, lease)).as("a job no one holds").isTrue();
        assertThat(rounds.hold(relay, lease)).as("renewed by its holder").isTrue();

        heldElsewhere(relay, 10);
        assertThat(rounds.hold(relay, lease)).as("renewed by another instance 10 s ago").isFalse();

        heldElsewhere(relay, 16);
        assertThat(rounds.hold(relay, lease)).as("not renewed by another instance for 16 s").isTrue();

        rounds.release(relay);
        boolean lapsed = QuarkusTransaction.requiringNew().call(() -> (Boolean) em.createNativeQuery(
                "select started_at < now() - interval '1 day' from job_round where job = :job")
                .setParameter("job", relay).getSingleResult());
        assertThat(lapsed).as("the hold lapsed at once when its holder let go").isTrue();
    }

    private void heldElsewhere(String job, int secondsAgo) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update job_round set started_at = now() - make_interval(secs => :seconds), instance = 'another-instance'
                where job = :job""").setParameter("seconds", secondsAgo).setParameter("job", job).executeUpdate());
    }

    private void startedMinutesAgo(String job, int minutes) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update job_round set started_at = now() - make_interval(mins => :minutes) where job = :job")
                .setParameter("minutes", minutes).setParameter("job", job).executeUpdate());
    }

    private static boolean result(Future<Boolean> claim) {
        try {
            return claim.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
