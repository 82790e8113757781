package dev.upright.gateway.problem;

import java.util.List;

import dev.upright.web.problem.ProblemException;

/** A failure of the gateway itself (not of the service behind it), answered as problem+json. */
public class GatewayProblem extends ProblemException {

    private GatewayProblem(int status, String slug, String title, String detail, Throwable cause) {
        super(status, slug, title, detail, List.of(), cause);
    }

    public static GatewayProblem noRoute(String path) {
        return new GatewayProblem(404, "not-found", "Not found", "No service serves " + path + ".", null);
    }

    public static GatewayProblem unavailable(String service, String why, Throwable cause) {
        return new GatewayProblem(503, "service-unavailable", "Service unavailable",
                "The " + service + " service " + why + "; try again shortly.", cause);
    }

    public static GatewayProblem badGateway(String service, Throwable cause) {
        return new GatewayProblem(502, "bad-gateway", "Bad gateway",
                "The " + service + " service could not be called successfully; quote the correlation id when reporting it.",
                cause);
    }
}
