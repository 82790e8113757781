package dev.upright.support.outbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import dev.upright.contracts.CloudEventAttributes;
import dev.upright.support.jobs.JobRounds;
import dev.upright.support.tenancy.RequestContexts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends committed outbox events to Kafka in the order they happened, and stamps each once Kafka has it.
 * A commit that wrote events wakes the relay at once ({@link #wake()}), on this instance directly and on the others
 * through the database ({@link OutboxWakeups}); a slow poll is the fallback.
 * <p>
 * One instance of a service relays at a time: the one holding the {@value #JOB} job in the service's database
 * ({@link JobRounds#hold}). Two relays side by side would each claim rows the other still has in flight when Kafka is
 * slow or away, sending them twice, and would send one client's events out of order. The holder renews its hold
 * before each batch; when it stops or hangs, another instance takes over once the hold lapses
 * ({@code upright.outbox.lease}). A stopping holder lets go at once.
 * <p>
 * Delivery is at least once: an event that Kafka acknowledged only after the relay gave up on it, or whose
 * stamp did not commit, is sent again. Consumers apply each event once through their inbox (event id recorded
 * with its effect).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The name of the relay's hold in {@code job_round}. */
    public static final String JOB = "outbox-relay";

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    JobRounds rounds;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024) // a whole batch is handed over at once
    Emitter<String> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /**
     * How long sends that Kafka has answered neither way are waited for before their events are sent again:
     * while the broker is away the Kafka channel holds what the producer cannot take yet, well past a batch's
     * deadline, but a send never answered must not stop the relay for good.
     */
    static final Duration GIVE_UP_ON_UNRESOLVED = Duration.ofMinutes(5);

    private final Object signal = new Object();
    /** Sends of an earlier batch from the first that missed its deadline, less the refused; relay thread only. */
    private final List<Unresolved> unresolved = new ArrayList<>();
    private Instant unresolvedSince;
    private boolean woken;
    private volatile boolean running;
    private volatile boolean relaying;
    /** Whether and when ({@link System#nanoTime()}) this instance last asked for the hold; relay thread only. */
    private boolean asked;
    private long askedAt;
    private Thread worker;

    void start(@Observes StartupEvent started, MeterRegistry metrics) {
        Gauge.builder("upright_outbox_relaying", this, relay -> relay.relaying ? 1 : 0)
                .description("1 on the instance of the service that relays its outbox now, 0 on the others")
                .register(metrics);
        if (config.lease().compareTo(config.sendTimeout().plus(config.lease().dividedBy(5))) <= 0) {
            LOG.warnf("upright.outbox.lease (%s) is not longer than the send timeout (%s) plus a fifth of itself:"
                    + " a relay waiting on Kafka may lose its hold and another instance send its events again",
                    config.lease(), config.sendTimeout());
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relayUntilStopped);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(config.sendTimeout().toMillis());
        }
        if (relaying) {
            try {
                rounds.release(JOB);
            } catch (RuntimeException e) {
                LOG.debugf("Could not let go of the outbox relay; another instance takes it once it lapses: %s", e);
            }
        }
    }

    /** Whether this instance relays the service's outbox now (it held the relay at its last round). */
    public boolean relaying() {
        return relaying;
    }

    /** Called after a commit that wrote events: relays them now instead of at the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void relayUntilStopped() {
        while (running) {
            boolean delivered = relayPending();
            synchronized (signal) {
                // After a failure, wake-ups wait for the poll too: a Kafka outage is not retried once per commit
                if (running && (!woken || !delivered)) {
                    try {
                        signal.wait(config.pollInterval().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /** @return false when Kafka refused or missed an event, which stays pending for a later round */
    boolean relayPending() {
        return RequestContexts.within(() -> {
            try {
                int claimed;
                do {
                    if (!holdRelay()) {
                        return true;
                    }
                    var batch = QuarkusTransaction.requiringNew().call(this::relayBatch);
                    if (!batch.complete()) {
                        return false;
                    }
                    claimed = batch.claimed();
                } while (claimed == config.batchSize() && running);
                return true;
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay round failed, will retry: %s", e.toString());
                return false;
            }
        });
    }

    /**
     * Takes or renews this instance's hold on the relay. The database is asked at most every fifth of the lease: a
     * busy holder does not write its hold with every batch (the lease covers that gap plus a batch's send timeout),
     * and an instance that does not hold it is not sent to the database by every other instance's commit.
     */
    private boolean holdRelay() {
        Duration lease = config.lease();
        if (asked && System.nanoTime() - askedAt < lease.toNanos() / 5) {
            return relaying;
        }
        boolean held = rounds.hold(JOB, lease);
        asked = true;
        askedAt = System.nanoTime();
        if (held != relaying) {
            LOG.infof(held ? "This instance relays the outbox from now on" : "Another instance relays the outbox now");
            relaying = held;
        }
        return held;
    }

    record Batch(int claimed, boolean complete) {
    }

    private record Unresolved(UUID eventId, CompletableFuture<Void> acknowledged) {
    }

    /** Sends a claimed batch with every event in flight at once, then stamps those Kafka acknowledged, in order. */
    Batch relayBatch() {
        if (!settleUnresolved()) {
            return new Batch(0, false);
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = em.createNativeQuery("""
                select * from outbox_event where published_at is null
                order by occurred_at, id limit :limit for update skip locked""", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(pending.size());
        for (OutboxEvent event : pending) {
            try {
                acknowledgements.add(send(event));
            } catch (RuntimeException e) {
                acknowledgements.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<UUID> delivered = new ArrayList<>(pending.size());
        boolean complete = true;
        for (int i = 0; i < acknowledgements.size(); i++) {
            OutboxEvent event = pending.get(i);
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                delivered.add(event.id);
            } catch (Exception e) {
                // Later events stay pending too, so an aggregate's events still leave in order
                event.attempts++;
                LOG.warnf("Outbox event %s (%s) not delivered yet, will retry: %s", event.id, event.type,
                        e.getCause() == null ? e.toString() : e.getCause().toString());
                complete = false;
                remember(pending, acknowledgements, i);
                break;
            }
        }
        complete &= acknowledgements.size() == pending.size();
        stamp(delivered);
        return new Batch(pending.size(), complete);
    }

    /**
     * Keeps the sends from the first one that missed its deadline or failed, except those Kafka refused: sending
     * one still in flight again would put a second copy behind the first in the producer, and both would reach
     * Kafka once it is back; one already acknowledged is in Kafka and only needs its stamp.
     */
    private void remember(List<OutboxEvent> pending, List<CompletableFuture<Void>> acknowledgements, int from) {
        for (int i = from; i < acknowledgements.size(); i++) {
            if (!acknowledgements.get(i).isCompletedExceptionally()) {
                unresolved.add(new Unresolved(pending.get(i).id, acknowledgements.get(i)));
            }
        }
        if (!unresolved.isEmpty() && unresolvedSince == null) {
            unresolvedSince = Instant.now();
        }
    }

    /**
     * Waits, round after round, until Kafka has answered every send left open by an earlier batch, then stamps
     * those it acknowledged late; the refused ones are claimed and sent again.
     *
     * @return false while some are still open (no new batch is sent meanwhile)
     */
    private boolean settleUnresolved() {
        if (unresolved.isEmpty()) {
            return true;
        }
        if (unresolved.stream().anyMatch(send -> !send.acknowledged().isDone())
                && Instant.now().isBefore(unresolvedSince.plus(GIVE_UP_ON_UNRESOLVED))) {
            return false;
        }
        stamp(unresolved.stream()
                .filter(send -> send.acknowledged().isDone() && !send.acknowledged().isCompletedExceptionally())
                .map(Unresolved::eventId).toList());
        unresolved.clear();
        unresolvedSince = null;
        return true;
    }

    private void stamp(List<UUID> delivered) {
        if (!delivered.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = :now where id in (:ids)")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", delivered)
                    .executeUpdate();
        }
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        var kafka = OutgoingKafkaRecordMetadata.<String>builder().withTopic(event.topic).withKey(event.key).build();
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(event.id.toString())
                .withType(event.type)
                .withSource(URI.create("urn:upright:" + applicationName))
                .withSubject(event.key)
                .withDataContentType("application/json")
                .withTimestamp(event.occurredAt.atZone(ZoneOffset.UTC));
        if (event.tenantId != null) {
            cloudEvent.withExtension(CloudEventAttributes.TENANT, event.tenantId);
        }
        var acknowledged = new CompletableFuture<Void>();
        emitter.send(Message.of(event.payload, Metadata.of(kafka, cloudEvent.build()),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }
}
