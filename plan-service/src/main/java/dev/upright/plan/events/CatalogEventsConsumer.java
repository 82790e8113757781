package dev.upright.plan.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.upright.contracts.catalog.ExerciseChanged;
import dev.upright.plan.service.CatalogueReadModel;
import dev.upright.support.inbox.Inbox;
import dev.upright.support.inbox.InboxConsumer;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;

/** Keeps the catalogue read model from {@code catalog.exercises}; replays and redeliveries change nothing twice. */
@Startup // created now, not at the first message: its dead-letter counters show 0 from the start
@ApplicationScoped
public class CatalogEventsConsumer {

    private final InboxConsumer inbox;

    CatalogEventsConsumer(Inbox inbox, CatalogueReadModel readModel) {
        this.inbox = inbox.consumer("plan-service.catalog")
                .on(ExerciseChanged.TYPE, ExerciseChanged.class, readModel::apply);
    }

    @Incoming("catalog-exercises")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message);
    }
}
