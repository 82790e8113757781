package dev.upright.plan.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import dev.upright.contracts.progress.SessionLogged;
import dev.upright.plan.service.ProgressionService;
import dev.upright.support.inbox.IncomingEvent;
import dev.upright.support.tenancy.TenantScope;
import io.smallrye.common.annotation.Blocking;

/** Each logged session may step exercises up, or pause them on pain. */
@ApplicationScoped
public class SessionEventsConsumer {

    private static final Logger LOG = Logger.getLogger(SessionEventsConsumer.class);

    @Inject
    ProgressionService progression;

    @Inject
    TenantScope tenantScope;

    @Incoming("progress-sessions")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        var event = IncomingEvent.of(message);
        if (event.isEmpty() || !SessionLogged.TYPE.equals(event.get().type())) {
            LOG.debugf("Skipping a progress message that is not a %s CloudEvent", SessionLogged.TYPE);
            return message.ack();
        }
        tenantScope.run(event.get().tenantId(), () -> progression.sessionLogged(event.get()));
        return message.ack();
    }
}
