package dev.upright.support.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an event in the caller's transaction: it is sent only if the change commits, and it is
 * never lost if Kafka is away (the relay sends it later).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

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
        return event.id;
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }
}
