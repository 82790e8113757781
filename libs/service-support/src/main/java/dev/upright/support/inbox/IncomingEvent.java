package dev.upright.support.inbox;

import java.util.Optional;

import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.upright.contracts.CloudEventAttributes;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

/** The CloudEvents envelope of a consumed message: what a consumer needs to dispatch and deduplicate. */
public record IncomingEvent(String id, String type, String subject, String tenantId, String payload) {

    /**
     * The payload as the contract record.
     *
     * @throws IllegalArgumentException when the payload is missing, not JSON, JSON {@code null} or not the record
     */
    public <T> T payloadAs(ObjectMapper json, Class<T> type) {
        if (payload == null) {
            throw new IllegalArgumentException(malformed("no payload"));
        }
        T decoded;
        try {
            decoded = json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(malformed(e.getOriginalMessage()), e);
        }
        if (decoded == null) {
            throw new IllegalArgumentException(malformed("a JSON null"));
        }
        return decoded;
    }

    private String malformed(String why) {
        return "Malformed " + type + " event " + id + ": " + why;
    }

    /** @return empty when the message is not a CloudEvent */
    public static Optional<IncomingEvent> of(Message<String> message) {
        @SuppressWarnings("unchecked")
        Optional<IncomingCloudEventMetadata<String>> metadata = message.getMetadata(IncomingCloudEventMetadata.class)
                .map(m -> (IncomingCloudEventMetadata<String>) m);
        return metadata.map(ce -> new IncomingEvent(ce.getId(), ce.getType(), ce.getSubject().orElse(null),
                ce.getExtension(CloudEventAttributes.TENANT).map(Object::toString).filter(t -> !t.isBlank())
                        .orElse(null),
                message.getPayload()));
    }
}
