package dev.upright.plan.integrations;

import java.time.Instant;

/**
 * A clinic's API client: a Keycloak confidential client that gets tokens with the client credentials grant
 * and acts for the clinic with the realm role {@code integration}. Its secret is never part of it.
 *
 * @param id          Keycloak's internal id of the client, the id in our API's paths
 * @param clientId    what the integration sends as {@code client_id}
 * @param created     when it was created through our API ({@code null} if Keycloak lost the attribute)
 * @param createdBy   the username of the clinic admin who created it
 */
public record ApiClient(String id, String clientId, String name, String description, Instant created,
        String createdBy, boolean enabled) {
}
