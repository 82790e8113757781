package dev.upright.progress.webhooks.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import dev.upright.contracts.plans.PlanActivated;
import dev.upright.contracts.plans.PlanAdjusted;
import dev.upright.contracts.progress.AlertRaised;
import dev.upright.contracts.progress.SessionLogged;
import dev.upright.progress.webhooks.WebhookKind;
import dev.upright.progress.webhooks.service.DeliveryRecorder;
import dev.upright.support.inbox.Inbox;
import dev.upright.support.inbox.InboxConsumer;
import dev.upright.support.inbox.IncomingEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;

/**
 * Queues clinic webhook deliveries from {@code progress.sessions} and {@code plans.lifecycle}, in a consumer group
 * of its own: one delivery per event and subscribed endpoint of the event's clinic, exactly once (the inbox).
 */
@Startup
@ApplicationScoped
public class WebhookEventsConsumer {

    private final InboxConsumer inbox;

    WebhookEventsConsumer(Inbox inbox, DeliveryRecorder deliveries) {
        this.inbox = inbox.consumer("progress-service.webhooks")
                .on(SessionLogged.TYPE, SessionLogged.class, (SessionLogged session, IncomingEvent event) ->
                        deliveries.record(WebhookKind.SESSION_LOGGED, event, session.clientId()))
                .on(AlertRaised.TYPE, AlertRaised.class, (AlertRaised alert, IncomingEvent event) -> {
                    if (WebhookKind.isPainAlert(alert.reason())) {
                        deliveries.record(WebhookKind.PAIN_ALERT, event, alert.clientId());
                    }
                })
                .on(PlanActivated.TYPE, PlanActivated.class, (PlanActivated plan, IncomingEvent event) ->
                        deliveries.record(WebhookKind.PLAN_ACTIVATED, event, plan.clientId()))
                .on(PlanAdjusted.TYPE, PlanAdjusted.class, (PlanAdjusted plan, IncomingEvent event) ->
                        deliveries.record(WebhookKind.PLAN_ADJUSTED, event, plan.clientId()));
    }

    @Incoming("webhook-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.receive(message);
    }
}
