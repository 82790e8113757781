package dev.upright.web.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

class TenantClaimTest {

    @Test
    void shouldReadTheOneOrganizationOfKeycloaksMapper() {
        assertThat(TenantClaim.read(Json.createArrayBuilder().add("harbor").build())).contains("harbor");
        assertThat(TenantClaim.read(List.of("harbor"))).contains("harbor");
    }

    @Test
    void shouldReadAPlainStringOfAHardCodedMapper() {
        assertThat(TenantClaim.read("harbor")).contains("harbor");
        assertThat(TenantClaim.read(Json.createValue(" harbor "))).contains("harbor");
    }

    @Test
    void shouldResolveAMemberOfSeveralClinicsToNoneRatherThanPickOne() {
        assertThat(TenantClaim.read(Json.createArrayBuilder().add("harbor").add("summit").build())).isEmpty();
        assertThat(TenantClaim.read(List.of("harbor", "summit"))).isEmpty();
    }

    @Test
    void shouldResolveAMissingOrEmptyClaimToNoClinic() {
        assertThat(TenantClaim.read(null)).isEmpty();
        assertThat(TenantClaim.read(JsonValue.NULL)).isEmpty();
        assertThat(TenantClaim.read(" ")).isEmpty();
        assertThat(TenantClaim.read(List.of())).isEmpty();
        assertThat(TenantClaim.read(JsonValue.EMPTY_JSON_ARRAY)).isEmpty();
    }

    @Test
    void shouldNotTakeAClaimOfAnotherShapeForAClinic() {
        assertThat(TenantClaim.read(42)).isEmpty();
        assertThat(TenantClaim.read(Json.createObjectBuilder().add("harbor", "x").build())).isEmpty();
    }
}
