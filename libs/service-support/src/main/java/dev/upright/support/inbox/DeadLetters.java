package dev.upright.support.inbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.upright.support.inbox.DeadLetter.Reason;
import dev.upright.support.tenancy.TenantScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Where an operator finds the messages consumers could not apply: a row in {@code dead_letter}, the counter
 * {@code upright_inbox_dead_letters_total{consumer,reason}} and a warning.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String METRIC = "upright.inbox.dead.letters";
    /** Enough to see what was sent; a runaway payload does not bloat the table. */
    private static final int PAYLOAD_KEPT = 16_384;
    private static final int ERROR_KEPT = 2_000;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    TenantScope tenantScope;

    private final Set<String> consumers = ConcurrentHashMap.newKeySet();

    /**
     * Shows every reason at 0 once the consumer exists, so an alert on the counter's increase sees the first one;
     * consumers are created at startup ({@code @Startup}), so the counters are there before any message.
     */
    void register(String consumer) {
        consumers.add(consumer);
        for (Reason reason : Reason.values()) {
            counter(consumer, reason);
        }
    }

    /** Whether this service consumes anything, and so has dead letters (and their table) at all. */
    boolean hasConsumers() {
        return !consumers.isEmpty();
    }

    void record(DeadLetter letter) {
        IncomingEvent event = letter.event();
        LOG.warnf("%s dead-letters %s (%s)%s: %s", letter.consumer(), letter.origin(), letter.reason().label,
                event == null ? "" : ", event %s of type %s for clinic %s".formatted(event.id(), event.type(),
                        event.tenantId()),
                letter.error());
        counter(letter.consumer(), letter.reason()).increment();
        // For no clinic, as a dead letter may name none; in its own transaction, as the event's rolled back or
        // never began
        tenantScope.run(null, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into dead_letter (consumer, reason, topic, kafka_partition, kafka_offset, event_id, event_type,
                                         tenant_id, error, payload, payload_length)
                values (:consumer, :reason, :topic, :partition, :offset, :eventId, :eventType,
                        :tenantId, :error, :payload, :payloadLength)""")
                .setParameter("consumer", letter.consumer())
                .setParameter("reason", letter.reason().label)
                .setParameter("topic", letter.topic())
                .setParameter("partition", letter.partition())
                .setParameter("offset", letter.offset())
                .setParameter("eventId", event == null ? null : event.id())
                .setParameter("eventType", event == null ? null : event.type())
                .setParameter("tenantId", event == null ? null : event.tenantId())
                .setParameter("error", first(letter.error(), ERROR_KEPT))
                .setParameter("payload", first(letter.payload(), PAYLOAD_KEPT))
                .setParameter("payloadLength", letter.payload() == null ? null : letter.payload().length())
                .executeUpdate()));
    }

    private Counter counter(String consumer, Reason reason) {
        return Counter.builder(METRIC).description("Messages a consumer could not apply, by reason")
                .tag("consumer", consumer).tag("reason", reason.label).register(metrics);
    }

    private static String first(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
