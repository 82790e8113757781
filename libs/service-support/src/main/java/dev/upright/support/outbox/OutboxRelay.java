package dev.upright.support.outbox;

import java.net.URI;
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
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends committed outbox events to Kafka in the order they happened, and stamps each once Kafka has it.
 * A commit that wrote events wakes the relay at once ({@link #wake()}); a slow poll is the fallback.
 * Rows are claimed with SKIP LOCKED, so several instances of a service can relay side by side without
 * sending an event twice.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024) // a whole batch is handed over at once
    Emitter<String> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent started) {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::relayUntilStopped);
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wake();
        if (worker != null) {
            worker.join(config.sendTimeout().toMillis());
        }
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
        // Hibernate resolves the tenant (none, here) through the request context, as in a scheduled job
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            int claimed;
            do {
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
        } finally {
            requestContext.terminate();
        }
    }

    record Batch(int claimed, boolean complete) {
    }

    /** Sends a claimed batch with every event in flight at once, then stamps those Kafka acknowledged, in order. */
    Batch relayBatch() {
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
                break;
            }
        }
        complete &= acknowledgements.size() == pending.size();
        if (!delivered.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = :now where id in (:ids)")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", delivered)
                    .executeUpdate();
        }
        return new Batch(pending.size(), complete);
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
