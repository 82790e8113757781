package dev.upright.support.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.EventTypes;
import dev.upright.support.inbox.DeadLetter.Reason;

/**
 * One consumer of one channel: the event types it handles, each with its contract record. A message is parsed as
 * a CloudEvent and handed to the handler of its type, once, in its clinic and one transaction (see {@link Inbox}).
 * <p>
 * A platform event type not handled here is skipped quietly. A poison message (not a CloudEvent, a type no contract
 * defines, no clinic where its type needs one, a payload that does not read) is recorded as a dead letter and
 * acknowledged, so the partition moves on. A handler that throws for a well-formed event is recorded too, and the
 * message is negatively acknowledged, so the channel's failure strategy decides what becomes of it.
 */
public final class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    /** Runs an event's effect in the event's clinic and transaction, unless {@code consumer} has seen the event. */
    @FunctionalInterface
    interface Once {
        void run(String consumer, IncomingEvent event, Runnable effect);
    }

    private record Handler<T>(Class<T> payload, BiConsumer<T, IncomingEvent> handle) {

        Runnable decode(IncomingEvent event, ObjectMapper json) {
            T decoded = event.payloadAs(json, payload);
            return () -> handle.accept(decoded, event);
        }
    }

    private final String name;
    private final ObjectMapper json;
    private final Once once;
    private final Consumer<DeadLetter> deadLetters;
    private final Map<String, Handler<?>> handlers = new HashMap<>();

    InboxConsumer(String name, ObjectMapper json, Once once, Consumer<DeadLetter> deadLetters) {
        this.name = name;
        this.json = json;
        this.once = once;
        this.deadLetters = deadLetters;
    }

    /** Handles events of {@code type} with their payload read as {@code payload}. */
    public <T> InboxConsumer on(String type, Class<T> payload, Consumer<T> handler) {
        return on(type, payload, (T decoded, IncomingEvent event) -> handler.accept(decoded));
    }

    /** As {@link #on(String, Class, Consumer)}, for a handler that also needs the envelope (its id, its subject). */
    public <T> InboxConsumer on(String type, Class<T> payload, BiConsumer<T, IncomingEvent> handler) {
        if (handlers.putIfAbsent(type, new Handler<>(payload, handler)) != null) {
            throw new IllegalStateException(name + " handles " + type + " twice");
        }
        return this;
    }

    /**
     * Handles the message, skips it or records it as a dead letter, and acknowledges it. A handler's failure, or a
     * dead letter that could not be written, negatively acknowledges it instead, for the channel's failure strategy.
     */
    public CompletionStage<Void> receive(Message<String> message) {
        try {
            handleOrSkip(message);
            return message.ack();
        } catch (RuntimeException e) {
            // A nack, not a throw: an exception thrown here stops the channel's stream, and with it the partition
            return message.nack(e);
        }
    }

    private void handleOrSkip(Message<String> message) {
        Optional<IncomingEvent> received = IncomingEvent.of(message);
        if (received.isEmpty()) {
            deadLetter(Reason.NOT_A_CLOUDEVENT, message, null, "No CloudEvents envelope (ce_* headers)");
            return;
        }
        IncomingEvent event = received.get();
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            if (EventTypes.named(event.type()).isPresent()) {
                LOG.debugf("%s skips event %s of type %s, which it does not handle", name, event.id(), event.type());
            } else {
                deadLetter(Reason.UNKNOWN_TYPE, message, event, "No contract defines type " + event.type());
            }
            return;
        }
        // A type only this consumer knows (a test's) is taken to need a clinic: data of none would be global
        boolean clinicRequired = EventTypes.named(event.type()).map(EventTypes.EventType::clinicRequired).orElse(true);
        if (event.tenantId() == null && clinicRequired) {
            deadLetter(Reason.MISSING_TENANT, message, event, "Events of type " + event.type() + " need a clinic");
            return;
        }
        Runnable effect;
        try {
            effect = handler.decode(event, json);
        } catch (IllegalArgumentException e) {
            deadLetter(Reason.MALFORMED_PAYLOAD, message, event, e.getMessage());
            return;
        }
        try {
            once.run(name, event, effect);
        } catch (RuntimeException e) {
            // Recorded, then failed rather than acknowledged: the event is good and the cause may have passed (a
            // database away), so nothing marks it done; a redelivery or replay still applies it
            try {
                deadLetter(Reason.HANDLER_FAILED, message, event, e.toString());
            } catch (RuntimeException recording) {
                e.addSuppressed(recording);
            }
            throw e;
        }
    }

    private void deadLetter(Reason reason, Message<String> message, IncomingEvent event, String error) {
        deadLetters.accept(DeadLetter.of(name, reason, message, event, error));
    }
}
