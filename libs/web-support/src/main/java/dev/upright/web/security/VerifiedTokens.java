package dev.upright.web.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;

/**
 * Bearer tokens that quarkus-oidc has verified (signature, issuer, audience, expiry), each with the identity it
 * built, kept until the token expires but never longer than {@link #MAX_AGE}. Verifying costs an RSA signature
 * check and JSON parsing, and a caller sends the same token for minutes; a repeat needs neither.
 * <p>
 * The key is the whole token string, so a token that differs in any character (tampered, re-signed, alg none)
 * is a miss and goes through OIDC's full verification. Only successes are kept. Each request gets an identity
 * of its own; nothing bound to the request that first brought the token (its RoutingContext) is kept or shared.
 */
@Singleton
public class VerifiedTokens {

    /** Bounds how long a token stays accepted after its signing key has been withdrawn from the realm. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;
    /** Marks an identity answered from here, so it is not stored again. */
    static final String FROM_CACHE = "upright.verified-token";
    // quarkus-oidc's name for a tenant configured by the quarkus.oidc.* keys themselves
    private static final String DEFAULT_TENANT = "Default";
    private static final String TENANT_ATTRIBUTE = "tenant-id";

    private record Verified(QuarkusSecurityIdentity identity, long validUntilMillis) {
    }

    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokens() {
        this(Clock.systemUTC());
    }

    VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .recordStats()
                // Frees the memory once a token expires; the check in identityFor is what refuses it
                .expireAfter(Expiry.<String, Verified>creating((token, entry) ->
                        Duration.ofMillis(Math.max(0, entry.validUntilMillis() - clock.millis()))))
                .build();
    }

    /**
     * A fresh identity for this request when the token was verified before and has not expired since, else
     * null (the caller then verifies it in full).
     */
    public SecurityIdentity identityFor(String token, Map<String, Object> requestAttributes) {
        Verified entry = verified.getIfPresent(token);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.validUntilMillis()) {
            verified.invalidate(token);
            return null;
        }
        QuarkusSecurityIdentity.Builder identity = copyOf(entry.identity()).addAttribute(FROM_CACHE, Boolean.TRUE);
        Object routingContext = requestAttributes.get(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
        if (routingContext != null) {
            identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routingContext);
        }
        return identity.build();
    }

    /**
     * Keeps an identity quarkus-oidc built from a bearer token it verified. Anything else (anonymous, an
     * identity from the cache itself, a code-flow identity whose principal is the ID token, a token bound to a
     * certificate or DPoP key, another OIDC tenant) is left alone.
     */
    public void remember(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || !(identity instanceof QuarkusSecurityIdentity quarkus)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
        if (bearer == null || bearer.isOpaque() || bearer.getToken() == null
                || !bearer.getToken().equals(jwt.getRawToken())) {
            return;
        }
        // A bound token is checked against each request's certificate or proof, which a cache hit would skip
        if (jwt.containsClaim("cnf")) {
            return;
        }
        Object tenant = identity.getAttribute(TENANT_ATTRIBUTE);
        if (tenant != null && !DEFAULT_TENANT.equals(tenant)) {
            return;
        }
        long expiresAtSeconds = jwt.containsClaim("exp") ? jwt.getExpirationTime() : 0;
        long now = clock.millis();
        long validUntil = Math.min(expiresAtSeconds * 1000, now + MAX_AGE.toMillis());
        if (expiresAtSeconds <= 0 || validUntil <= now) {
            return;
        }
        verified.put(bearer.getToken(), new Verified(detached(quarkus), validUntil));
    }

    /** The identity without what belongs to the request that brought it. */
    private static QuarkusSecurityIdentity detached(QuarkusSecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder copy = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE.equals(name)) {
                copy.addAttribute(name, value);
            }
        });
        return copy.build();
    }

    private static QuarkusSecurityIdentity.Builder copyOf(QuarkusSecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions())
                .addAttributes(identity.getAttributes());
    }

    /** Hits and misses so far: shows the cache is in use (a provider ahead of this one would starve it). */
    public CacheStats stats() {
        return verified.stats();
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
