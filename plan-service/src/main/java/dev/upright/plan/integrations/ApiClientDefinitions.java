package dev.upright.plan.integrations;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import dev.upright.plan.accounts.KeycloakAdminApi.ClientApp;
import dev.upright.plan.accounts.KeycloakAdminApi.ProtocolMapper;
import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemException;

/**
 * What a clinic's API client looks like in Keycloak, as plain values: the client plan-service creates, how
 * its owning clinic is recognised, and what our API shows of it. No Keycloak call happens here.
 */
public final class ApiClientDefinitions {

    /** Client attribute naming the clinic that owns the client; only clients created by our API carry it. */
    public static final String CLINIC_ATTRIBUTE = "upright.clinic";
    static final String CREATED_ATTRIBUTE = "upright.created";
    static final String CREATED_BY_ATTRIBUTE = "upright.created-by";
    /**
     * Access tokens of API clients live 5 minutes (the realm's default is 10): after a revocation or a
     * rotation, tokens already issued are still accepted by the services until they expire, since the
     * services verify tokens locally. This bounds that window.
     */
    static final String ACCESS_TOKEN_LIFESPAN_SECONDS = "300";
    static final String INTEGRATION_ROLE = "integration";
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 255;

    private static final String SUFFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int SUFFIX_LENGTH = 8;

    private ApiClientDefinitions() {
    }

    /** Name and description as they will be stored: trimmed, checked, description optional. */
    public record Details(String name, String description) {
    }

    public static Details validate(String name, String description) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String trimmedName = trimmed(name);
        String trimmedDescription = trimmed(description);
        if (trimmedName == null) {
            errors.add(new Problem.FieldError("name", "is required"));
        } else if (trimmedName.length() > MAX_NAME) {
            errors.add(new Problem.FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (trimmedDescription != null && trimmedDescription.length() > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Details(trimmedName, trimmedDescription);
    }

    /** {@code <clinic>-api-<8 random characters>}: readable in Keycloak's console, unguessable enough to never collide. */
    public static String newClientId(String clinic, RandomGenerator random) {
        var id = new StringBuilder(clinic).append("-api-");
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            id.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
        }
        return id.toString();
    }

    /**
     * The Keycloak client of a new API client: confidential, client credentials only, tokens that name the
     * clinic in the tenancy claim and the platform API as audience. Keycloak generates its secret.
     */
    public static ClientApp newClient(String clinic, String clientId, Details details, Instant created,
            String createdBy) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CLINIC_ATTRIBUTE, clinic);
        attributes.put(CREATED_ATTRIBUTE, created.toString());
        if (createdBy != null) {
            attributes.put(CREATED_BY_ATTRIBUTE, createdBy);
        }
        attributes.put("access.token.lifespan", ACCESS_TOKEN_LIFESPAN_SECONDS);
        attributes.put("oauth2.device.authorization.grant.enabled", "false");
        attributes.put("oidc.ciba.grant.enabled", "false");
        var clinicClaim = new ProtocolMapper("clinic", "openid-connect", "oidc-hardcoded-claim-mapper", Map.of(
                "claim.name", "organization",
                "claim.value", clinic,
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "false",
                "userinfo.token.claim", "false",
                "introspection.token.claim", "true"));
        var audience = new ProtocolMapper("upright-api audience", "openid-connect", "oidc-audience-mapper", Map.of(
                "included.custom.audience", "upright-api",
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
        return new ClientApp(null, clientId, details.name(), details.description(), true, false, "client-secret",
                true, false, false, false, "openid-connect", attributes, List.of(clinicClaim, audience));
    }

    /** Whether the client is an API client of this clinic (the demo clients of the realm file are not). */
    public static boolean ownedBy(ClientApp client, String clinic) {
        return client != null && client.attributes() != null && clinic != null
                && clinic.equals(client.attributes().get(CLINIC_ATTRIBUTE));
    }

    public static ApiClient view(ClientApp client) {
        Map<String, String> attributes = client.attributes() == null ? Map.of() : client.attributes();
        return new ApiClient(client.id(), client.clientId(), client.name(), client.description(),
                instant(attributes.get(CREATED_ATTRIBUTE)), attributes.get(CREATED_BY_ATTRIBUTE),
                Boolean.TRUE.equals(client.enabled()));
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
