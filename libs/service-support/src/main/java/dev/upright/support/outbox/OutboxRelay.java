package dev.upright.support.outbox;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import dev.upright.contracts.CloudEventAttributes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Sends committed outbox events to Kafka in the order they happened, and stamps each once Kafka has it.
 * Rows are claimed with SKIP LOCKED, so several instances of a service can relay side by side.
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
    Emitter<String> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Scheduled(every = "${upright.outbox.poll-interval:1s}", delayed = "${upright.outbox.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == config.batchSize());
    }

    /** @return how many events Kafka acknowledged; stops at the first failure and keeps the rest for later */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = em.createNativeQuery("""
                select * from outbox_event where published_at is null
                order by occurred_at, id limit :limit for update skip locked""", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        int sent = 0;
        for (OutboxEvent event : pending) {
            try {
                send(event);
            } catch (Exception e) {
                event.attempts++;
                LOG.warnf("Outbox event %s (%s) not delivered yet, will retry: %s", event.id, event.type, e.getMessage());
                return sent;
            }
            event.publishedAt = Instant.now();
            sent++;
        }
        return sent;
    }

    private void send(OutboxEvent event) throws Exception {
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
        acknowledged.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }
}
