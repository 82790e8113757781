package dev.upright.plan.accounts;

import java.util.List;
import java.util.Map;

import dev.upright.web.problem.ProblemException;

/** Keycloak could not be reached or would not serve plan-service: nothing was done; retrying later may work. */
public class AccountsUnavailable extends ProblemException {

    public AccountsUnavailable(String detail, Throwable cause) {
        super(503, "accounts-unavailable", "Accounts temporarily unavailable", detail, List.of(), cause);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "30");
    }
}
