package dev.upright.progress.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

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

    public static Optional<IdempotencyRecord> find(String caller, String key) {
        return find("caller = ?1 and idempotencyKey = ?2", caller, key).firstResultOptional();
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
