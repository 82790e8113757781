package dev.upright.plan.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.plan.service.CatalogReadModel;
import dev.upright.support.inbox.IncomingEvent;
import dev.upright.support.tenancy.TenantScope;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps the catalogue read model from {@code catalog.exercises}; replays and redeliveries change nothing twice. */
@ApplicationScoped
public class CatalogEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CatalogEventsConsumer.class);

    @Inject
    CatalogReadModel readModel;

    @Inject
    TenantScope tenantScope;

    @Incoming("catalog-exercises")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        var event = IncomingEvent.of(message);
        if (event.isEmpty() || !ExerciseChanged.TYPE.equals(event.get().type())) {
            LOG.warnf("Skipping a catalogue message that is not a %s CloudEvent", ExerciseChanged.TYPE);
            return message.ack();
        }
        tenantScope.run(event.get().tenantId(), () -> readModel.apply(event.get()));
        return message.ack();
    }
}
