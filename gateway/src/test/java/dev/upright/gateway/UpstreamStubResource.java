package dev.upright.gateway;

import java.util.Map;

import dev.upright.localservers.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts stubs in place of catalog-service and progress-service and points plan-service at a port where
 * nothing listens (catalog-service has a second instance there too, listed first), so the gateway's forwarding and its answers for an unreachable service can both be
 * observed. The progress stub can be stopped and started again on its port, for the circuit breaker.
 */
public class UpstreamStubResource implements QuarkusTestResourceLifecycleManager {

    /** Short, so the timeout test does not hold the build up. */
    public static final String REQUEST_TIMEOUT = "2s";

    public static final int BREAKER_THRESHOLD = 3;
    public static final String BREAKER_OPEN_FOR = "2s";
    /** The one origin besides the gateway's own that browsers may call the API from, in tests. */
    public static final String PARTNER_ORIGIN = "https://partner.example";
    public static final String KEYCLOAK_ORIGIN = "https://login.upright.example";
    /** The largest request body the gateway takes, small so the test of the limit sends little. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private static StubUpstream stub;
    private static StubUpstream progress;
    private static int progressPort;

    @Override
    public Map<String, String> start() {
        stub = StubUpstream.start();
        progress = StubUpstream.start();
        progressPort = progress.port();
        return Map.ofEntries(
                // Two catalog instances, the first on a closed port: every call must still reach the stub
                Map.entry("upright.gateway.services.catalog.url", "http://127.0.0.1:" + Ports.findFree() + "," + stub.url()),
                Map.entry("upright.gateway.services.progress.url", progress.url()),
                Map.entry("upright.gateway.services.plan.url", "http://127.0.0.1:" + Ports.findFree()),
                Map.entry("upright.gateway.request-timeout", REQUEST_TIMEOUT),
                // One integration client with a tiny budget, so the limit can be reached without slowing other tests
                Map.entry("upright.gateway.rate-limit.client-overrides.summit-integration", "3"),
                Map.entry("upright.gateway.circuit-breaker.failure-threshold", Integer.toString(BREAKER_THRESHOLD)),
                Map.entry("upright.gateway.circuit-breaker.open-for", BREAKER_OPEN_FOR),
                Map.entry("quarkus.http.cors.origins", PARTNER_ORIGIN),
                Map.entry("upright.gateway.security-headers.keycloak-origin", KEYCLOAK_ORIGIN + "/realms/upright"),
                Map.entry("upright.gateway.security-headers.hsts-max-age", "180d"),
                Map.entry("quarkus.http.limits.max-body-size", Integer.toString(MAX_BODY_BYTES)));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
        if (progress != null) {
            progress.close();
        }
    }

    /** The stand-in for progress-service; a new one after each {@link #startProgress()}. */
    public static synchronized StubUpstream progress() {
        return progress;
    }

    public static synchronized void stopProgress() {
        progress.close();
    }

    public static synchronized StubUpstream startProgress() {
        progress = StubUpstream.start(progressPort);
        return progress;
    }

    public static StubUpstream stub() {
        return stub;
    }
}
