package dev.upright.gateway.problem;

import java.util.List;
import java.util.Map;

import dev.upright.web.problem.ProblemException;

/** A failure of the gateway itself (not of the service behind it), answered as problem+json. */
public class GatewayProblem extends ProblemException {

    /** What users read when Keycloak does not answer, on the gateway's page and in the web app. */
    public static final String LOGIN_UNAVAILABLE =
            "Sign-in is unavailable right now: the login service is not answering. Try again in a few minutes.";

    private final Map<String, String> headers;

    private GatewayProblem(int status, String slug, String title, String detail, Throwable cause) {
        this(status, slug, title, detail, cause, Map.of());
    }

    private GatewayProblem(int status, String slug, String title, String detail, Throwable cause,
            Map<String, String> headers) {
        super(status, slug, title, detail, List.of(), cause);
        this.headers = headers;
    }

    public static GatewayProblem tooManyRequests(String who, long retryAfterSeconds) {
        return new GatewayProblem(429, "too-many-requests", "Too many requests",
                "The request limit of " + who + " is used up; try again in " + retryAfterSeconds + " s.", null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    /** No token, or one that did not check out; the same answer the services' problem mapper gives. */
    public static GatewayProblem unauthenticated(Throwable cause) {
        return new GatewayProblem(401, "unauthenticated", "Not authenticated",
                "A valid bearer token from the platform's Keycloak realm is required.", cause,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static GatewayProblem tooLarge(long maxBytes) {
        return new GatewayProblem(413, "request-entity-too-large", "Request Entity Too Large",
                "The request body is larger than " + maxBytes + " bytes.", null);
    }

    public static GatewayProblem internal(Throwable cause) {
        return new GatewayProblem(500, "internal-error", "Internal error",
                "The request failed on our side; quote the correlation id when reporting it.", cause);
    }

    public static GatewayProblem noRoute(String path) {
        return new GatewayProblem(404, "not-found", "Not found", "No service serves " + path + ".", null);
    }

    public static GatewayProblem unavailable(String service, String why, Throwable cause) {
        return new GatewayProblem(503, "service-unavailable", "Service unavailable",
                "The " + service + " service " + why + "; try again shortly.", cause);
    }

    /** The service's circuit breaker is open: answered at once, without calling the service. */
    public static GatewayProblem resting(String service, long retryAfterSeconds) {
        return new GatewayProblem(503, "service-unavailable", "Service unavailable",
                "The " + service + " service failed repeatedly and is not called for now; try again in "
                        + retryAfterSeconds + " s.",
                null, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static GatewayProblem badGateway(String service, Throwable cause) {
        return new GatewayProblem(502, "bad-gateway", "Bad gateway",
                "The " + service + " service could not be called successfully; quote the correlation id when reporting it.",
                cause);
    }

    /** Keycloak does not answer: no one can log in now, though tokens issued before still work. */
    public static GatewayProblem loginUnavailable(long retryAfterSeconds) {
        return new GatewayProblem(503, "login-unavailable", "Sign-in unavailable", LOGIN_UNAVAILABLE, null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }
}
