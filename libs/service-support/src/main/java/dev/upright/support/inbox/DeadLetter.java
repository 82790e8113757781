package dev.upright.support.inbox;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * A message a consumer could not apply: why, where it came from (when it came from Kafka) and what it said.
 *
 * @param event the envelope, or null when the message is not a CloudEvent
 */
public record DeadLetter(String consumer, Reason reason, String topic, Integer partition, Long offset,
        IncomingEvent event, String error, String payload) {

    /** Why a message is a dead letter; {@link #label} is what the table and the metric say. */
    public enum Reason {
        /** No CloudEvents envelope: nothing says what the message is. */
        NOT_A_CLOUDEVENT("not-a-cloudevent"),
        /** A type no contract of the platform defines. */
        UNKNOWN_TYPE("unknown-type"),
        /** A type whose events always belong to a clinic, without one. */
        MISSING_TENANT("missing-tenant"),
        /** A payload that does not read as its type's contract record. */
        MALFORMED_PAYLOAD("malformed-payload"),
        /** A well-formed event whose handler threw; the message still fails, for the channel's failure strategy. */
        HANDLER_FAILED("handler-failed");

        public final String label;

        Reason(String label) {
            this.label = label;
        }
    }

    static DeadLetter of(String consumer, Reason reason, Message<String> message, IncomingEvent event, String error) {
        @SuppressWarnings("unchecked")
        var kafka = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> (IncomingKafkaRecordMetadata<Object, String>) m);
        return new DeadLetter(consumer, reason, kafka.map(IncomingKafkaRecordMetadata::getTopic).orElse(null),
                kafka.map(IncomingKafkaRecordMetadata::getPartition).orElse(null),
                kafka.map(IncomingKafkaRecordMetadata::getOffset).orElse(null), event, error, message.getPayload());
    }

    /** Where the message stood, for a log line: {@code topic/partition@offset}, or that it did not come from Kafka. */
    String origin() {
        return topic == null ? "a message from outside Kafka" : topic + "/" + partition + "@" + offset;
    }
}
