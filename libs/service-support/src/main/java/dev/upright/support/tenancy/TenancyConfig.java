package dev.upright.support.tenancy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "upright.tenancy")
public interface TenancyConfig {

    /** Name of the access-token claim that carries the clinic id (Keycloak's organization claim). */
    @WithDefault("organization")
    String claim();
}
