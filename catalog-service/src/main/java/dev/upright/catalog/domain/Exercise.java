package dev.upright.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;

/**
 * An exercise of the catalogue. Global exercises have no tenant and are shared by every clinic, so this
 * entity cannot use discriminator tenancy: every query here names the visible owners explicitly.
 */
@Entity
@Table(name = "exercise")
public class Exercise extends PanacheEntityBase {

    private static final String VISIBLE = "(tenantId is null or tenantId = :tenant)";

    @Id
    public UUID id;

    /** Owning clinic; null for the global catalogue. */
    @Column(name = "tenant_id", updatable = false)
    public String tenantId;

    public String slug;
    public String name;
    public String category;
    public String movement;
    public String difficulty;
    public String[] equipment;
    public boolean retired;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Global exercises plus the clinic's own; another clinic's exercise is simply not found. */
    public static Optional<Exercise> findVisible(UUID id, String tenant) {
        return find("id = :id and " + VISIBLE, io.quarkus.panache.common.Parameters.with("id", id).and("tenant", tenant))
                .firstResultOptional();
    }

    public static List<Exercise> listActive(String tenant, Page page) {
        return find("retired = false and " + VISIBLE + " order by name, id",
                io.quarkus.panache.common.Parameters.with("tenant", tenant)).page(page).list();
    }

    public static long countActive(String tenant) {
        return count("retired = false and " + VISIBLE, io.quarkus.panache.common.Parameters.with("tenant", tenant));
    }

    public static boolean slugTaken(String slug, String tenant) {
        return count("slug = ?1 and tenantId = ?2", slug, tenant) > 0;
    }
}
