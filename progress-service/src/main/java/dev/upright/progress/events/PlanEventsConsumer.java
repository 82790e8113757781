package dev.upright.progress.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.upright.contracts.plans.PlanActivated;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.progress.service.PrescriptionReadModel;
import dev.upright.support.inbox.Inbox;
import dev.upright.support.inbox.InboxConsumer;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;

/** Keeps what each client is prescribed from {@code plans.lifecycle}: activations and later adjustments. */
@Startup // created now, not at the first message: its dead-letter counters show 0 from the start
@ApplicationScoped
public class PlanEventsConsumer {

    private final InboxConsumer inbox;

    PlanEventsConsumer(Inbox inbox, PrescriptionReadModel readModel) {
        this.inbox = inbox.consumer("progress-service.plans")
                .on(PlanActivated.TYPE, PlanActivated.class, readModel::planActivated)
                .on(PlanAdjusted.TYPE, PlanAdjusted.class, readModel::planAdjusted);
    }

    @Incoming("plans-lifecycle")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message);
    }
}
