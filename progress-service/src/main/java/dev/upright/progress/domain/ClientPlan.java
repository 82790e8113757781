package dev.upright.progress.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.hibernate.jpa.HibernateHints;

import dev.upright.support.tenancy.TenantQueries;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A plan as prescribed to a client, kept from plans.lifecycle; only the newest activated one is active. */
@Entity
@Table(name = "client_plan")
public class ClientPlan extends PanacheEntityBase {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "client_user_id")
    public String clientUserId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "activated_at")
    public Instant activatedAt;

    public int weeks;

    @Column(name = "sessions_per_week")
    public int sessionsPerWeek;

    public boolean active;

    /** When the newest adjustment applied to it was made (null: as activated). */
    @Column(name = "adjusted_at")
    public Instant adjustedAt;

    /** Locked, so an adjustment and an activation of the same plan never interleave. */
    public static ClientPlan forUpdate(UUID planId) {
        return find("planId", planId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** Whether an adjustment made at {@code madeAt} is newer than every one this plan already reflects. */
    public boolean acceptsAdjustmentAt(Instant madeAt) {
        return adjustedAt == null || madeAt.isAfter(adjustedAt);
    }

    /** Asked on every session a client logs, hence native SQL (see {@link TenantQueries}); read only. */
    public static Optional<ClientPlan> activeForUser(String userId) {
        @SuppressWarnings("unchecked")
        List<ClientPlan> found = TenantQueries.current().sql("""
                select * from client_plan where tenant_id = :tenant and client_user_id = :user and active
                limit 1""", ClientPlan.class).setParameter("user", userId).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return found.stream().findFirst();
    }

    public static Optional<ClientPlan> activeForClient(UUID clientId) {
        return find("clientId = ?1 and active = true", clientId).firstResultOptional();
    }

    public static boolean knowsClient(UUID clientId) {
        return count("clientId", clientId) > 0;
    }
}
