package dev.upright.catalog.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A muscle an exercise works, and whether it is the main target or a helper. */
@Embeddable
public class MuscleWork {

    public static final String PRIMARY = "primary";
    public static final String SECONDARY = "secondary";

    @Column(name = "muscle_code")
    public String muscleCode;

    @Column(name = "role")
    public String role;

    protected MuscleWork() {
    }

    public MuscleWork(String muscleCode, String role) {
        this.muscleCode = muscleCode;
        this.role = role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MuscleWork that && Objects.equals(muscleCode, that.muscleCode)
                && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(muscleCode, role);
    }
}
