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

    public static List<Equipment> listByName() {
        return list("order by name");
    }
}
