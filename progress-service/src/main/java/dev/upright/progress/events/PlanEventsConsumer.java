package dev.upright.progress.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.upright.contracts.plans.PlanActivated;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.progress.service.PrescriptionReadModel;
import dev.upright.support.inbox.IncomingEvent;
import dev.upright.support.tenancy.TenantScope;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Keeps what each client is prescribed from {@code plans.lifecycle}: activations and later adjustments. */
@ApplicationScoped
public class PlanEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PlanEventsConsumer.class);

    @Inject
    PrescriptionReadModel readModel;

    @Inject
    TenantScope tenantScope;

    @Incoming("plans-lifecycle")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        var event = IncomingEvent.of(message);
        if (event.isEmpty()) {
            LOG.warn("Skipping a plans.lifecycle message that is not a CloudEvent");
        } else if (PlanActivated.TYPE.equals(event.get().type())) {
            tenantScope.run(event.get().tenantId(), () -> readModel.planActivated(event.get()));
        } else if (PlanAdjusted.TYPE.equals(event.get().type())) {
            tenantScope.run(event.get().tenantId(), () -> readModel.planAdjusted(event.get()));
        }
        // Other plan events are not needed here
        return message.ack();
    }
}
