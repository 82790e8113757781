package dev.upright.progress.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hibernate.jpa.HibernateHints;

import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first answer to a request sent with an Idempotency-Key, per caller. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    public String caller;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "session_log_id")
    public UUID sessionLogId;

    @Column(name = "created_at")
    public Instant createdAt;

    /**
     * Claims this caller's key for the session about to be stored, or, when an earlier request holds it, answers
     * that request's record. A retry arriving while the first request is still being answered waits at the insert
     * until the first transaction ends, then finds its record (or claims the key, if the first failed). Native
     * SQL, since every logged session runs it (see {@link TenantQueries}); one statement when the key is new.
     */
    public static Optional<IdempotencyRecord> claim(String caller, String key, String requestHash, UUID sessionLogId,
                                                    Instant at) {
        TenantQueries queries = TenantQueries.current();
        for (int attempt = 0; attempt < 3; attempt++) {
            int claimed = queries.sql("""
                    insert into idempotency_record
                        (tenant_id, caller, idempotency_key, request_hash, session_log_id, created_at)
                    values (:tenant, :caller, :key, :hash, :session, :at)
                    on conflict do nothing""")
                    .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash)
                    .setParameter("session", sessionLogId).setParameter("at", at)
                    .executeUpdate();
            if (claimed == 1) {
                return Optional.empty();
            }
            // A statement of its own: its snapshot is taken after the insert waited, so it sees the holder's record
            @SuppressWarnings("unchecked")
            List<IdempotencyRecord> holder = queries.sql("""
                    select * from idempotency_record
                    where tenant_id = :tenant and caller = :caller and idempotency_key = :key""", IdempotencyRecord.class)
                    .setParameter("caller", caller).setParameter("key", key)
                    .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
            if (!holder.isEmpty()) {
                return Optional.of(holder.getFirst());
            }
            // Removed between the two statements: claim it again
        }
        throw new IllegalStateException("Idempotency-Key " + key + " is neither free nor held");
    }

    public static class Key implements Serializable {
        public String caller;
        public String idempotencyKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caller, key.caller)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idempotencyKey);
        }
    }
}
