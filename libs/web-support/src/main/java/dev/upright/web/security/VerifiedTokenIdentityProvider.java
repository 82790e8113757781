package dev.upright.web.security;

import jakarta.inject.Singleton;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Answers a bearer token that was verified before from {@link VerifiedTokens}. Quarkus asks the identity providers
 * of a request type in descending priority and moves on to the next when one answers no identity (null), so a
 * token not in the cache reaches quarkus-oidc's own provider and is verified in full. Failures are not answered
 * here at all: only OIDC refuses.
 */
@Singleton
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    // Ahead of quarkus-oidc's provider, which keeps the default (IdentityProvider.SYSTEM_FIRST + 1)
    static final int PRIORITY = IdentityProvider.SYSTEM_FIRST + 1_000;

    private final VerifiedTokens tokens;

    VerifiedTokenIdentityProvider(VerifiedTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        // Only bearer access tokens: ID tokens of a code flow are verified with their session as usual
        if (!(request.getToken() instanceof AccessTokenCredential bearer) || bearer.getToken() == null) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = tokens.identityFor(bearer.getToken(), request.getAttributes());
        return known == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(known);
    }
}
