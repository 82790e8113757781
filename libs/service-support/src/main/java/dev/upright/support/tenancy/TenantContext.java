package dev.upright.support.tenancy;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.web.problem.ProblemException;
import dev.upright.web.tenancy.TenantClaim;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The clinic a unit of work acts for. In an HTTP request it comes only from the verified token;
 * an event consumer sets it from the event before it touches the database.
 */
@RequestScoped
public class TenantContext {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenancyConfig config;

    private String tenantFromEvent;
    private boolean setByEvent;
    /** Read from the token once per request: the JWT library answers a custom claim by way of an exception. */
    private String tenantFromToken;

    /** The current clinic, or empty for a caller that belongs to none (a platform admin, global data). */
    public Optional<String> tenant() {
        if (setByEvent) {
            return Optional.ofNullable(tenantFromEvent);
        }
        if (tenantFromToken != null) {
            return Optional.of(tenantFromToken);
        }
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Optional<String> tenant = TenantClaim.read(token.getClaim(config.claim()));
        tenantFromToken = tenant.orElse(null);
        return tenant;
    }

    /** The current clinic; a caller whose token names none is refused, since the data asked for is a clinic's. */
    public String requireTenant() {
        return tenant().orElseThrow(() -> ProblemException.forbidden(
                "Your account is not a member of any clinic, so it has no clinic data to work with."));
    }

    void useTenantOfEvent(String tenantId) {
        this.tenantFromEvent = tenantId;
        this.setByEvent = true;
    }
}
