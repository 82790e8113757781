package dev.upright.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static final String TOKEN_A = jwt("token-a");
    private static final String TOKEN_B = jwt("token-b");
    private static final String TOKEN_C = jwt("token-c");
    private static final String TOKEN_D = jwt("token-d");
    private static final String EXPIRED = jwt("expired");
    private static final String NO_EXP = jwt("no-exp");
    private static final String ACCESS = jwt("access");
    private static final String ID_TOKEN = jwt("id-token");
    private static final String BOUND = jwt("bound");

    private final MovableClock clock = new MovableClock(NOW);
    private final VerifiedTokens tokens = new VerifiedTokens(clock);

    @Test
    void shouldAnswerARememberedTokenWithAFreshIdentityOfTheSameUser() {
        tokens.remember(verified(TOKEN_A, NOW.plusSeconds(300), "first-request"));

        SecurityIdentity first = tokens.identityFor(TOKEN_A, Map.of(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, "ctx-1"));
        SecurityIdentity second = tokens.identityFor(TOKEN_A, Map.of(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, "ctx-2"));

        assertThat(first).isNotSameAs(second);
        assertThat(first.getPrincipal().getName()).isEqualTo("theo");
        assertThat(first.getRoles()).containsExactly("therapist");
        assertThat(first.getCredential(AccessTokenCredential.class).getToken()).isEqualTo(TOKEN_A);
        // Each request sees its own context, never the one of the request that brought the token first
        assertThat((Object) first.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)).isEqualTo("ctx-1");
        assertThat((Object) second.getAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE)).isEqualTo("ctx-2");
    }

    @Test
    void shouldNotAnswerAnyOtherTokenString() {
        tokens.remember(verified(TOKEN_A, NOW.plusSeconds(300), "ctx"));

        assertThat(tokens.identityFor(TOKEN_A, Map.of())).isNotNull();
        assertThat(tokens.identityFor(TOKEN_A.substring(0, TOKEN_A.length() - 1) + "f", Map.of())).isNull();
        assertThat(tokens.identityFor(TOKEN_A.substring(0, TOKEN_A.lastIndexOf('.') + 1), Map.of())).isNull();
        assertThat(tokens.identityFor(TOKEN_A + " ", Map.of())).isNull();
    }

    @Test
    void shouldForgetATokenAtItsExpiry() {
        tokens.remember(verified(TOKEN_B, NOW.plusSeconds(60), "ctx"));

        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.identityFor(TOKEN_B, Map.of())).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.identityFor(TOKEN_B, Map.of())).isNull();
    }

    @Test
    void shouldKeepALongLivedTokenNoLongerThanMaxAge() {
        tokens.remember(verified(TOKEN_C, NOW.plus(Duration.ofHours(10)), "ctx"));

        clock.advance(VerifiedTokens.MAX_AGE.minusSeconds(1));
        assertThat(tokens.identityFor(TOKEN_C, Map.of())).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.identityFor(TOKEN_C, Map.of())).isNull();
    }

    @Test
    void shouldNotRememberAnExpiredTokenOrOneWithoutExpiry() {
        tokens.remember(verified(EXPIRED, NOW.minusSeconds(1), "ctx"));
        tokens.remember(identity(NO_EXP, Map.of("raw_token", NO_EXP, "sub", "theo"), new AccessTokenCredential(NO_EXP)));

        assertThat(tokens.identityFor(EXPIRED, Map.of())).isNull();
        assertThat(tokens.identityFor(NO_EXP, Map.of())).isNull();
    }

    @Test
    void shouldNotRememberIdentitiesThatAreNotFromThisVerifiedBearerToken() {
        long exp = NOW.plusSeconds(300).getEpochSecond();
        // Code flow: the principal is the ID token, the access token rides along unverified
        tokens.remember(identity(ACCESS, Map.of("raw_token", ID_TOKEN, "exp", exp), new AccessTokenCredential(ACCESS)));
        tokens.remember(identity(ID_TOKEN, Map.of("raw_token", ID_TOKEN, "exp", exp), new IdTokenCredential(ID_TOKEN)));
        // Bound to a client certificate or DPoP key: each request must prove possession
        tokens.remember(identity(BOUND, Map.of("raw_token", BOUND, "exp", exp, "cnf", Map.of("x5t#S256", "abc")),
                new AccessTokenCredential(BOUND)));
        tokens.remember(QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(tokens.identityFor(ACCESS, Map.of())).isNull();
        assertThat(tokens.identityFor(ID_TOKEN, Map.of())).isNull();
        assertThat(tokens.identityFor(BOUND, Map.of())).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void shouldNotStoreAnIdentityItAnsweredItself() {
        tokens.remember(verified(TOKEN_D, NOW.plusSeconds(300), "ctx"));
        SecurityIdentity answered = tokens.identityFor(TOKEN_D, Map.of());
        clock.advance(Duration.ofSeconds(10));

        tokens.remember(answered);

        // Still the first entry's deadline: answering from the cache does not extend a token's stay
        clock.advance(VerifiedTokens.MAX_AGE.minusSeconds(10));
        assertThat(tokens.identityFor(TOKEN_D, Map.of())).isNull();
    }

    /** Shaped like a signed JWT (AccessTokenCredential takes anything else for an opaque token). */
    private static String jwt(String id) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"jti\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    /** AccessTokenCredential takes a string without two dots for an opaque token, which is never kept. */
    @Test
    void shouldNotRememberAnOpaqueToken() {
        tokens.remember(identity("opaque", Map.of("raw_token", "opaque", "exp", NOW.plusSeconds(300).getEpochSecond()),
                new AccessTokenCredential("opaque")));

        assertThat(tokens.size()).isZero();
    }

    private static SecurityIdentity verified(String token, Instant expiry, Object routingContext) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("raw_token", token);
        claims.put("sub", "theo");
        claims.put("exp", expiry.getEpochSecond());
        return QuarkusSecurityIdentity.builder(identity(token, claims, new AccessTokenCredential(token)))
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routingContext)
                .build();
    }

    private static SecurityIdentity identity(String token, Map<String, Object> claims, Object credential) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new Jwt(claims))
                .addRole("therapist")
                .addCredential((io.quarkus.security.credential.Credential) credential)
                .build();
    }

    /** The claims a verified token would carry; JsonWebToken's defaults read the standard ones from here. */
    private record Jwt(Map<String, Object> claims) implements JsonWebToken, Principal {

        @Override
        public String getName() {
            return "theo";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
