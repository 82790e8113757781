package dev.upright.catalog.domain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Reference data: something an exercise needs; {@value #NONE} means bodyweight only. */
@Entity
@Table(name = "equipment")
public class Equipment extends PanacheEntityBase {

    /** Needed by bodyweight exercises and had by everyone. */
    public static final String NONE = "none";

    @Id
    public String code;
    public String name;

    /** Every home has it (a wall, a doorway, a chair, floor), so a client is taken to have it. */
    public boolean household;

    public static List<Equipment> listByName() {
        return list("order by name");
    }
}
