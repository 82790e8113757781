package dev.upright.plan.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.upright.contracts.catalog.ExerciseChanged;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/**
 * plan-service's copy of a catalogue exercise, kept from {@code catalog.exercises}. Global rows have no
 * tenant, so visibility is spelled out in the queries instead of by discriminator tenancy.
 */
@Entity
@Table(name = "catalog_exercise")
public class CatalogueExercise extends PanacheEntityBase {

    @Id
    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Column(name = "tenant_id")
    public String tenantId;

    public String slug;
    public String name;
    public String category;
    public String movement;
    public String difficulty;
    public String[] equipment;
    public boolean retired;
    public long version;

    @Column(name = "primary_muscles")
    public String[] primaryMuscles = new String[0];

    @Column(name = "secondary_muscles")
    public String[] secondaryMuscles = new String[0];

    public String[] instructions = new String[0];
    public String[] cues = new String[0];
    public String[] cautions = new String[0];

    @Embedded
    public PrescribedDose dose;

    /** Neighbours in the progression chain, for progressing and regressing a prescription. */
    @Column(name = "easier_id")
    public UUID easierId;

    @Column(name = "harder_id")
    public UUID harderId;

    /** The ways to do it, preferred first; null for snapshots from before setups (one setup: {@link #equipment}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ExerciseChanged.Setup> setups;

    /** {@link #setups}, read as one setup of {@link #equipment} for a snapshot from before setups. */
    public List<ExerciseChanged.Setup> setupsOrEquipment() {
        return setups != null ? setups : List.of(new ExerciseChanged.Setup(List.of(equipment), null));
    }

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Every exercise a clinic can see: the global catalogue and its own, retired ones included. */
    public static List<CatalogueExercise> visibleTo(String tenant) {
        return find("tenantId is null or tenantId = :tenant order by name, exerciseId",
                Parameters.with("tenant", tenant)).list();
    }

    /** What a clinic can plan with: the global catalogue and its own exercises, minus retired ones. */
    public static List<CatalogueExercise> plannableFor(String tenant) {
        return find("retired = false and (tenantId is null or tenantId = :tenant) order by name, exerciseId",
                Parameters.with("tenant", tenant)).list();
    }
}
