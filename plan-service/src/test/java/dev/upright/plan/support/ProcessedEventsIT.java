package dev.upright.plan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

import dev.upright.support.inbox.ProcessedEvents;
import dev.upright.testing.PlatformServersResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** service-support's record of applied events, in plan-service's database. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class ProcessedEventsIT {

    @Inject
    ProcessedEvents processed;

    private final String consumer = "test.processed-" + UUID.randomUUID();

    @Test
    void shouldSayFirstTimeOnlyOncePerConsumerAndEvent() {
        String id = UUID.randomUUID().toString();

        assertThat(markInItsOwnTransaction(consumer, id)).isTrue();
        assertThat(markInItsOwnTransaction(consumer, id)).isFalse();
        assertThat(markInItsOwnTransaction(consumer + "-other", id)).isTrue();
    }

    @Test
    void shouldForgetAMarkWhoseTransactionRolledBack() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            processed.markFirstTime(consumer, id);
            throw new IllegalStateException("the effect failed");
        })).hasMessage("the effect failed");

        assertThat(markInItsOwnTransaction(consumer, id)).isTrue();
    }

    @Test
    void shouldRefuseToMarkOutsideATransaction() {
        // Recorded apart from its effect, a mark could outlive an effect that failed: the event would be lost
        assertThatThrownBy(() -> processed.markFirstTime(consumer, UUID.randomUUID().toString()))
                .isInstanceOf(TransactionalException.class);
    }

    private boolean markInItsOwnTransaction(String consumer, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> processed.markFirstTime(consumer, eventId));
    }
}
