package dev.upright.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

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

    /** Stable once created; only the global catalogue file may rename a global exercise's slug. */
    public String slug;
    public String name;
    public String category;
    public String movement;
    public String difficulty;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_muscle", joinColumns = @JoinColumn(name = "exercise_id"))
    public Set<MuscleWork> muscles = new LinkedHashSet<>();

    /** What the first setup needs; kept for clients that predate setups, and for the search's joins. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "equipment_code")
    public Set<String> equipment = new LinkedHashSet<>();

    /** The ways to do it, preferred first, each with its codes sorted; one JSON column, read and written whole. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Setup> setups = new ArrayList<>();

    public String[] instructions = new String[0];
    public String[] cues = new String[0];
    public String[] cautions = new String[0];

    @Embedded
    public Dose dose;

    /** Links of the progression chain; plain ids, since a link may point at a global or a clinic exercise. */
    @Column(name = "easier_id")
    public UUID easierId;

    @Column(name = "harder_id")
    public UUID harderId;

    public boolean retired;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isGlobal() {
        return tenantId == null;
    }

    public List<String> musclesIn(String role) {
        return muscles.stream().filter(m -> m.role.equals(role)).map(m -> m.muscleCode).sorted().toList();
    }

    /** Global exercises plus the clinic's own; another clinic's exercise is simply not found. */
    public static Optional<Exercise> findVisible(UUID id, String tenant) {
        return find("id = :id and " + VISIBLE, Parameters.with("id", id).and("tenant", tenant)).firstResultOptional();
    }

    public static List<Exercise> listGlobal() {
        return list("tenantId is null");
    }

    /** The progression links among the exercises a clinic can see (retired ones too: their links still count). */
    public static Map<UUID, ProgressionChains.Links> chainLinksVisibleTo(String tenant) {
        List<Object[]> rows = getEntityManager().createQuery("select e.id, e.easierId, e.harderId from Exercise e where "
                + VISIBLE.replace("tenantId", "e.tenantId"), Object[].class)
                .setParameter("tenant", tenant)
                .getResultList();
        var links = new HashMap<UUID, ProgressionChains.Links>();
        rows.forEach(r -> links.put((UUID) r[0], new ProgressionChains.Links((UUID) r[1], (UUID) r[2])));
        return links;
    }

    public static boolean slugTaken(String slug, String tenant) {
        return count("slug = ?1 and tenantId = ?2", slug, tenant) > 0;
    }
}
