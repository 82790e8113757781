package dev.upright.gateway;

import java.util.Map;

import dev.upright.localservers.Ports;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a stub in place of catalog-service and points plan-service at a port where nothing listens, so
 * the gateway's forwarding and its answers for an unreachable service can both be observed.
 */
public class UpstreamStubResource implements QuarkusTestResourceLifecycleManager {

    /** Short, so the timeout test does not hold the build up. */
    public static final String REQUEST_TIMEOUT = "2s";

    private static StubUpstream stub;

    @Override
    public Map<String, String> start() {
        stub = StubUpstream.start();
        return Map.of(
                "upright.gateway.services.catalog.url", stub.url(),
                "upright.gateway.services.plan.url", "http://127.0.0.1:" + Ports.findFree(),
                "upright.gateway.request-timeout", REQUEST_TIMEOUT,
                // One integration client with a tiny budget, so the limit can be reached without slowing other tests
                "upright.gateway.rate-limit.client-overrides.summit-integration", "3");
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }

    public static StubUpstream stub() {
        return stub;
    }
}
