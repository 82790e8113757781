package dev.upright.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CapacityTest {

    @Test
    void shouldPutEachNamedParametersValueInPlace() {
        String sql = Capacity.bind("select 1 from t where tenant_id = :tenant and client_id = :client and d >= :days",
                Map.of("tenant", "'harbor'", "client", "'c-1'", "days", "90"));

        assertThat(sql).isEqualTo("select 1 from t where tenant_id = 'harbor' and client_id = 'c-1' and d >= 90");
    }

    @Test
    void shouldLeaveCastsAndValuesThatLookLikeParametersAlone() {
        // A value is inserted as written, even one holding a cast, and :: in the query is no parameter
        String sql = Capacity.bind("select x::text from t where e = any(:exercises)",
                Map.of("exercises", "'{a,b}'::uuid[]"));

        assertThat(sql).isEqualTo("select x::text from t where e = any('{a,b}'::uuid[])");
    }

    @Test
    void shouldRefuseAParameterWithoutAValue() {
        assertThatThrownBy(() -> Capacity.bind("select :missing", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":missing");
    }
}
