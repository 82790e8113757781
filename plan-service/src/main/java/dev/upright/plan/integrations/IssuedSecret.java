package dev.upright.plan.integrations;

/**
 * An API client with the secret it was just given. The secret is shown to the clinic admin once and stored
 * nowhere by plan-service; Keycloak never gives it back through our API again.
 */
public record IssuedSecret(ApiClient client, String secret) {

    @Override
    public String toString() {
        // Keeps the secret out of logs and exception messages
        return "IssuedSecret[client=" + client + "]";
    }
}
