package dev.upright.web.security;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

/** The realm roles of a clinic's people, and who among them counts as staff. */
public final class ClinicRoles {

    /** Roles that work with any client of their clinic; a client works only with their own data. */
    public static final List<String> STAFF = List.of("therapist", "clinic-admin", "integration");

    private ClinicRoles() {
    }

    public static boolean isStaff(SecurityIdentity identity) {
        return STAFF.stream().anyMatch(identity::hasRole);
    }
}
