package dev.upright.gateway.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Whether Keycloak answers, so that the web app can say that sign-in is unavailable instead of sending the
 * browser to a login page that does not load. The answer is kept for a few seconds: a crowd of users opening
 * the app during an outage costs Keycloak (or its absence) one request per interval, not one each.
 */
@Singleton
public class LoginAvailability {

    private final WebClient client;
    private final String discoveryUrl;
    private final Duration timeout;
    private final Recent recent;

    @Inject
    LoginAvailability(Vertx vertx, WebAppConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.timeout = config.loginCheck().timeout();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) timeout.toMillis()).setKeepAlive(false));
        this.discoveryUrl = (realmUrl.endsWith("/") ? realmUrl : realmUrl + "/") + ".well-known/openid-configuration";
        this.recent = new Recent(config.loginCheck().cacheFor(), Clock.systemUTC());
    }

    /** True when Keycloak answered its realm's discovery document lately, or does now. */
    public Uni<Boolean> available() {
        Boolean known = recent.answer();
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return client.getAbs(discoveryUrl).timeout(timeout.toMillis()).send()
                .map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false)
                .invoke(recent::remember);
    }

    /** The last answer and when it came; no answer once it is older than the cache time. */
    static final class Recent {

        private record Checked(boolean available, Instant at) {
        }

        private final Duration cacheFor;
        private final Clock clock;
        private volatile Checked last;

        Recent(Duration cacheFor, Clock clock) {
            this.cacheFor = cacheFor;
            this.clock = clock;
        }

        Boolean answer() {
            Checked checked = last;
            return checked != null && clock.instant().isBefore(checked.at().plus(cacheFor)) ? checked.available() : null;
        }

        void remember(boolean available) {
            last = new Checked(available, clock.instant());
        }
    }
}
