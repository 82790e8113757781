package dev.upright.support.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TenantQueriesTest {

    @Test
    void shouldAcceptSqlThatRestrictsByTheTenant() {
        String sql = "select * from plan where tenant_id = :tenant and id = :id";

        assertThat(TenantQueries.requireTenantParameter(sql)).isEqualTo(sql);
    }

    @Test
    void shouldAcceptTheTenantParameterOnAnyLine() {
        String sql = "select * from plan\nwhere id = :id\n  and tenant_id = :tenant\n";

        assertThat(TenantQueries.requireTenantParameter(sql)).isEqualTo(sql);
    }

    @Test
    void shouldRefuseSqlThatForgetsTheTenant() {
        assertThatThrownBy(() -> TenantQueries.requireTenantParameter("select * from plan where id = :id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":tenant");
    }

    @Test
    void shouldNotTakeAParameterThatOnlyStartsWithTenantForIt() {
        assertThatThrownBy(() -> TenantQueries.requireTenantParameter("select * from plan where tenant_id = :tenantId"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
