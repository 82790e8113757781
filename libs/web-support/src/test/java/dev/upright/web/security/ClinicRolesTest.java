package dev.upright.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class ClinicRolesTest {

    @Test
    void shouldCountTherapistsClinicAdminsAndIntegrationsAsStaff() {
        assertThat(ClinicRoles.isStaff(withRoles("therapist"))).isTrue();
        assertThat(ClinicRoles.isStaff(withRoles("clinic-admin"))).isTrue();
        assertThat(ClinicRoles.isStaff(withRoles("integration"))).isTrue();
    }

    @Test
    void shouldNotCountAClientAsStaff() {
        assertThat(ClinicRoles.isStaff(withRoles("client"))).isFalse();
    }

    @Test
    void shouldCountAClientWhoIsAlsoATherapistAsStaff() {
        assertThat(ClinicRoles.isStaff(withRoles("client", "therapist"))).isTrue();
    }

    @Test
    void shouldNotCountAnAnonymousCallerAsStaff() {
        assertThat(ClinicRoles.isStaff(QuarkusSecurityIdentity.builder().setAnonymous(true).build())).isFalse();
    }

    private static SecurityIdentity withRoles(String... roles) {
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone");
        for (String role : roles) {
            identity.addRole(role);
        }
        return identity.build();
    }
}
