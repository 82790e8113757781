package dev.upright.plan.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.upright.plan.domain.CatalogueExercise;
import dev.upright.plan.domain.Client;
import dev.upright.support.tenancy.TenantContext;
import dev.upright.web.problem.Problem.FieldError;
import dev.upright.web.problem.ProblemException;

@ApplicationScoped
public class ClientService {

    /** Set by the server or through the account link, never by a PATCH; a GET answer sent back whole is fine. */
    private static final Set<String> SERVER_FIELDS = Set.of("id", "createdAt", "updatedAt", "version");
    private static final Map<String, String> ACCOUNT_FIELDS = Map.of(
            "userId", "is set by linking an account: PUT /api/v1/clients/{id}/account",
            "username", "is set by linking an account: PUT /api/v1/clients/{id}/account");

    @Inject
    TenantContext tenancy;

    @Inject
    Validator validator;

    @Inject
    PlanningCatalogue catalogue;

    @Inject
    ObjectMapper json;

    public List<Client> caseload(Caller caller, boolean mineOnly) {
        tenancy.requireTenant();
        return Client.caseload(caller.userId(), mineOnly);
    }

    /** Discriminator tenancy filters the lookup, so another clinic's client is not found (404). */
    public Client get(UUID id) {
        tenancy.requireTenant();
        Client client = Client.findById(id);
        if (client == null) {
            throw ProblemException.notFound("Client", id);
        }
        return client;
    }

    /** The profile linked to the calling client's own account. */
    public Client ofAccount(String userId) {
        tenancy.requireTenant();
        return Client.findByUserId(userId).orElseThrow(() -> new ProblemException(404, "no-profile",
                "No client profile", "No client profile of your clinic is linked to your account yet; ask your therapist.",
                List.of()));
    }

    @Transactional
    public Client create(ProfileInput input, Caller caller) {
        String tenant = tenancy.requireTenant();
        validate(input, null, tenant);
        var client = new Client();
        client.id = UUID.randomUUID();
        client.createdAt = Instant.now();
        apply(client, input);
        // The therapist who sets a client up looks after them unless someone else is named
        if (client.therapistUserId == null && caller.therapist()) {
            client.therapistUserId = caller.userId();
            client.therapistName = caller.name();
        }
        client.persist();
        return client;
    }

    /** JSON merge patch (RFC 7396) of the profile fields; {@code expectedVersion} from If-Match or the body. */
    @Transactional
    public Client patch(UUID id, ObjectNode patch, Long expectedVersion) {
        String tenant = tenancy.requireTenant();
        Client client = lockedClient(id);
        ProfileInput before = ProfileInput.of(client);
        ObjectNode merged = json.valueToTree(before);
        List<FieldError> errors = new ArrayList<>();
        Long version = expectedVersion;
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            String field = entry.getKey();
            if (merged.has(field)) {
                merged.set(field, entry.getValue());
            } else if (ACCOUNT_FIELDS.containsKey(field)) {
                errors.add(new FieldError(field, ACCOUNT_FIELDS.get(field)));
            } else if ("version".equals(field) && entry.getValue().canConvertToLong() && version == null) {
                version = entry.getValue().asLong();
            } else if (!SERVER_FIELDS.contains(field)) {
                errors.add(new FieldError(field, "is not a field of a client profile"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        requireVersion(client, version);
        if (patch.has("therapistUserId") && !patch.has("therapistName")
                && !Objects.equals(patch.get("therapistUserId").asText(null), before.therapistUserId())) {
            merged.putNull("therapistName"); // the old name belongs to the previous therapist
        }
        ProfileInput next = read(merged);
        validate(next, before, tenant);
        apply(client, next);
        if (client.therapistUserId == null) {
            client.therapistName = null;
        }
        return client;
    }

    /**
     * Links an existing account of the clinic to the profile, so the client sees their own plan.
     * The account itself was found or created in the identity provider before (ClientAccountService).
     */
    @Transactional
    public Client linkAccount(UUID id, String userId, String username) {
        tenancy.requireTenant();
        Client client = lockedClient(id);
        Client.findByUserId(userId).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ProblemException.conflict("Account " + username + " is already linked to another client profile.");
        });
        client.userId = userId;
        client.username = username;
        client.updatedAt = Instant.now();
        return client;
    }

    /** Locks the row, so concurrent changes queue up and a stale version is reported instead of lost. */
    Client lockedClient(UUID id) {
        Client client = Client.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw ProblemException.notFound("Client", id);
        }
        return client;
    }

    private static void requireVersion(Client client, Long expected) {
        if (expected != null && expected != client.version) {
            throw ProblemException.conflict("Client " + client.id + " is at version " + client.version + ", not "
                    + expected + ": someone changed it meanwhile. Reload it and apply your change again.");
        }
    }

    private ProfileInput read(ObjectNode merged) {
        try {
            return json.treeToValue(merged, ProfileInput.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().getFirst().getFieldName();
            throw ProblemException.invalid(field, "is not a valid value here");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not a valid client profile: " + e.getOriginalMessage());
        }
    }

    private void validate(ProfileInput input, ProfileInput before, String tenant) {
        List<FieldError> errors = new ArrayList<>(ProfileValidation.beanErrors(validator.validate(input)));
        List<CatalogueExercise> visible = catalogue.visible(tenant);
        errors.addAll(ProfileValidation.catalogueErrors(input, before, catalogue.knownEquipment(visible),
                catalogue.plannable(tenant), visible));
        if (input.therapistName() != null && input.therapistUserId() == null) {
            errors.add(new FieldError("therapistName", "needs therapistUserId: a name alone names nobody"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().sorted(Comparator.comparing(FieldError::field)).toList());
        }
    }

    private static void apply(Client client, ProfileInput input) {
        client.displayName = input.displayName().strip();
        client.email = blankToNull(input.email());
        client.phone = blankToNull(input.phone());
        client.experienceLevel = input.experienceLevel();
        client.equipment = ProfileValidation.codes(input.equipment()).toArray(String[]::new);
        client.goals = ProfileValidation.codes(input.goals()).toArray(String[]::new);
        client.sessionsPerWeek = input.sessionsPerWeek();
        client.sessionMinutes = input.sessionMinutes();
        client.deskWorker = Boolean.TRUE.equals(input.deskWorker());
        client.painAreas = ProfileValidation.codes(input.painAreas()).toArray(String[]::new);
        client.contraindications = ProfileValidation.codes(input.contraindications()).toArray(String[]::new);
        client.therapistUserId = blankToNull(input.therapistUserId());
        client.therapistName = blankToNull(input.therapistName());
        client.notes = blankToNull(input.notes());
        client.unavailableItems = ProfileValidation.codes(input.unavailableItems()).toArray(String[]::new);
        client.updatedAt = Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
