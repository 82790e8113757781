package dev.upright.plan.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.upright.contracts.progress.SessionLogged;
import dev.upright.plan.service.ProgressionService;
import dev.upright.support.inbox.Inbox;
import dev.upright.support.inbox.InboxConsumer;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;

/** Each logged session may step exercises up, or pause them on pain. */
@Startup // created now, not at the first message: its dead-letter counters show 0 from the start
@ApplicationScoped
public class SessionEventsConsumer {

    private final InboxConsumer inbox;

    SessionEventsConsumer(Inbox inbox, ProgressionService progression) {
        this.inbox = inbox.consumer("plan-service.progression")
                .on(SessionLogged.TYPE, SessionLogged.class, progression::sessionLogged);
    }

    @Incoming("progress-sessions")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message);
    }
}
