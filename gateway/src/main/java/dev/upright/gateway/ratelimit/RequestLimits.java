package dev.upright.gateway.ratelimit;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.gateway.config.GatewayConfig;
import dev.upright.gateway.problem.GatewayProblem;
import dev.upright.web.tenancy.TenantClaim;

/** Applies the per-clinic and per-API-client limits to an authenticated request. */
@ApplicationScoped
public class RequestLimits {

    private final GatewayConfig.RateLimit config;
    private final RateLimiter clinics;
    private final RateLimiter clients;
    private final Map<String, RateLimiter> clientsWithOwnLimit = new HashMap<>();

    RequestLimits(GatewayConfig gateway) {
        this.config = gateway.rateLimit();
        this.clinics = new RateLimiter(config.clinicPerMinute(), System::nanoTime);
        this.clients = new RateLimiter(config.clientPerMinute(), System::nanoTime);
        config.clientOverrides().forEach((client, perMinute) ->
                clientsWithOwnLimit.put(client, new RateLimiter(perMinute, System::nanoTime)));
    }

    /** Throws a 429 problem (with Retry-After) when the caller's clinic or client is over its limit. */
    public void check(JsonWebToken token) {
        if (!config.enabled() || token == null || token.getRawToken() == null) {
            return;
        }
        String clinic = TenantClaim.read(token.getClaim(TenantClaim.ORGANIZATION)).orElse(null);
        if (clinic != null) {
            clinics.tryAcquire("clinic:" + clinic).ifPresent(wait -> {
                throw GatewayProblem.tooManyRequests("your clinic", wait);
            });
        }
        Object client = token.getClaim("azp");
        if (client != null) {
            String key = "client:" + client + ":" + (clinic == null ? "-" : clinic);
            clientsWithOwnLimit.getOrDefault(client.toString(), clients).tryAcquire(key).ifPresent(wait -> {
                throw GatewayProblem.tooManyRequests("this API client", wait);
            });
        }
    }
}
