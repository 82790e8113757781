package dev.upright.plan.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** A client of a clinic. {@code @TenantId} keeps every query inside the caller's clinic. */
@Entity
@Table(name = "client_profile")
public class Client extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "display_name")
    public String displayName;

    public String email;
    public String phone;

    @Column(name = "experience_level")
    public String experienceLevel;

    /** Catalogue equipment codes the client has at hand. */
    public String[] equipment = new String[0];

    /** posture, strength, ease-aches. */
    public String[] goals = new String[0];

    /** Null: the usual number for the experience level. */
    @Column(name = "sessions_per_week")
    public Integer sessionsPerWeek;

    /** Null: no limit on a session's length. */
    @Column(name = "session_minutes")
    public Integer sessionMinutes;

    @Column(name = "desk_worker")
    public boolean deskWorker;

    /** Body regions or muscle codes that hurt. */
    @Column(name = "pain_areas")
    public String[] painAreas = new String[0];

    /** Exercise ids, slugs or movement codes the therapist ruled out. */
    public String[] contraindications = new String[0];

    /** Household items the client cannot use (e.g. floor); the others are taken as had. */
    @Column(name = "unavailable_items")
    public String[] unavailableItems = new String[0];

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Column(name = "therapist_name")
    public String therapistName;

    /** The client's own account (token subject), once linked. */
    @Column(name = "user_id")
    public String userId;

    public String username;
    public String notes;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The caller's own clients first, then the clinic's others, each by name. */
    public static java.util.List<Client> caseload(String therapistUserId, boolean mineOnly) {
        if (mineOnly) {
            return list("therapistUserId = :me order by lower(displayName), id", Parameters.with("me", therapistUserId));
        }
        return list("order by case when therapistUserId = :me then 0 else 1 end, lower(displayName), id",
                Parameters.with("me", therapistUserId));
    }

    public static Optional<Client> findByUserId(String userId) {
        return find("userId", userId).firstResultOptional();
    }
}
