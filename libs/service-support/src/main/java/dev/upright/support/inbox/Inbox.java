package dev.upright.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.support.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Where every consumed event enters a service: each handler runs in the event's clinic, in one transaction
 * with the record that this consumer has seen the event, so a redelivery or replay changes nothing twice. A message
 * that cannot be applied is kept in {@link DeadLetters}.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    TenantScope tenantScope;

    @Inject
    ProcessedEvents processed;

    @Inject
    ObjectMapper json;

    @Inject
    DeadLetters deadLetters;

    /**
     * @param name stored with each processed event id: renaming a consumer makes it apply every event again
     */
    public InboxConsumer consumer(String name) {
        deadLetters.register(name);
        return new InboxConsumer(name, json, this::once, deadLetters::record);
    }

    void once(String consumer, IncomingEvent event, Runnable effect) {
        tenantScope.run(event.tenantId(), () -> QuarkusTransaction.requiringNew().run(() -> {
            if (processed.markFirstTime(consumer, event.id())) {
                effect.run();
            }
        }));
    }
}
