package dev.upright.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Makes consumers idempotent: an event id is recorded in the same transaction as the event's effect. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** @return true the first time this consumer sees the event; false on a replay or retry */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markFirstTime(String consumer, String eventId) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id) values (:consumer, :eventId)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .executeUpdate() == 1;
    }
}
