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

/**
 * One consumer of one channel: the event types it handles, each with its contract record. A message is parsed as
 * a CloudEvent and handed to the handler of its type, once, in its clinic and one transaction (see {@link Inbox}).
 * A message that is not a CloudEvent, or of a type not handled here, is skipped and acknowledged. A payload that
 * cannot be read fails that message: the exception reaches the channel, whose failure strategy decides.
 */
public final class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    /** Runs an event's effect in the event's clinic and transaction, unless {@code consumer} has seen the event. */
    @FunctionalInterface
    interface Once {
        void run(String consumer, IncomingEvent event, Runnable effect);
    }

    private record Handler<T>(Class<T> payload, BiConsumer<T, IncomingEvent> handle) {

        void decodeAndHandle(IncomingEvent event, ObjectMapper json) {
            handle.accept(event.payloadAs(json, payload), event);
        }
    }

    private final String name;
    private final ObjectMapper json;
    private final Once once;
    private final Map<String, Handler<?>> handlers = new HashMap<>();
    private Logger.Level notCloudEventLevel = Logger.Level.WARN;
    private Logger.Level otherTypeLevel = Logger.Level.WARN;

    InboxConsumer(String name, ObjectMapper json, Once once) {
        this.name = name;
        this.json = json;
        this.once = once;
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
     * How loudly skipped messages are logged (both warn unless set): a topic that carries types this consumer has
     * no use for skips those quietly, while a message that is no CloudEvent at all usually deserves a warning.
     */
    public InboxConsumer logSkipped(Logger.Level notCloudEvent, Logger.Level otherType) {
        this.notCloudEventLevel = notCloudEvent;
        this.otherTypeLevel = otherType;
        return this;
    }

    /** Handles the message (or skips it) and acknowledges it; throws when the event's payload is malformed. */
    public CompletionStage<Void> receive(Message<String> message) {
        receive(IncomingEvent.of(message));
        return message.ack();
    }

    void receive(Optional<IncomingEvent> received) {
        if (received.isEmpty()) {
            LOG.logf(notCloudEventLevel, "%s skips a message that is not a CloudEvent", name);
            return;
        }
        IncomingEvent event = received.get();
        Handler<?> handler = handlers.get(event.type());
        if (handler == null) {
            LOG.logf(otherTypeLevel, "%s skips event %s of type %s, which it does not handle", name, event.id(),
                    event.type());
            return;
        }
        // Decoded inside the unit of work: a malformed payload rolls back its processed mark with the rest
        once.run(name, event, () -> handler.decodeAndHandle(event, json));
    }
}
