package dev.upright.support.outbox;

import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.Session;

/**
 * Records an event in the caller's transaction: it is sent only if the change commits, and it is
 * never lost if Kafka is away (the relay sends it later). The commit wakes the relay, so the event
 * usually leaves within milliseconds: this instance's relay directly, and whichever instance relays for the
 * service through a PostgreSQL notification on {@value #WAKE_CHANNEL}, which the database delivers only if the
 * transaction commits.
 */
@ApplicationScoped
public class Outbox {

    /** The PostgreSQL notification channel that tells the relaying instance a commit wrote events. */
    public static final String WAKE_CHANNEL = "upright_outbox";

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String key, String tenantId, Object payload) {
        var event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.type = type;
        event.key = key;
        event.tenantId = tenantId;
        event.payload = toJson(payload);
        event.occurredAt = Instant.now(Clock.systemUTC());
        event.persist();
        wakeRelayAfterCommit();
        return event.id;
    }

    private void wakeRelayAfterCommit() {
        if (transaction.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transaction.putResource(WAKE_REGISTERED, Boolean.TRUE);
        // On the transaction's own connection, without flushing the session as a query would
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement notify = connection.createStatement()) {
                notify.execute("notify " + WAKE_CHANNEL);
            }
        });
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
