package dev.upright.catalog.domain;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Reference data: a muscle exercises can target, named by a stable code. */
@Entity
@Table(name = "muscle")
public class Muscle extends PanacheEntityBase {

    @Id
    public String code;
    public String name;
    public String region;

    public static List<Muscle> listByName() {
        return list("order by name");
    }
}
