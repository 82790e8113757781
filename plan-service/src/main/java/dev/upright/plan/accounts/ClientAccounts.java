package dev.upright.plan.accounts;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.upright.plan.accounts.KeycloakAdminApi.Credential;
import dev.upright.plan.accounts.KeycloakAdminApi.ErrorAnswer;
import dev.upright.plan.accounts.KeycloakAdminApi.Role;
import dev.upright.plan.accounts.KeycloakAdminApi.User;
import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemException;


/**
 * Links a client profile to a Keycloak account, so the client can log in and see their own plan. The
 * clinic (tenant) is a Keycloak organization whose alias is the tenant id.
 * <p>
 * An existing account is linked only if it is a member of the caller's clinic and is not a staff or
 * integration account; it gets the realm role {@code client} if it lacks it. Otherwise a new account is
 * created with a temporary password (changed at the first login), the role {@code client} and membership
 * of the clinic. Linking the same username again answers the same account, without a password.
 * <p>
 * Failures are {@link ProblemException}s: 400 for a bad username or email, 404 for an account that is
 * not in this clinic (whether or not it exists elsewhere), 409 for a staff account or an email another
 * account uses, 503 ({@link AccountsUnavailable}) when Keycloak cannot be reached or refuses plan-service.
 */
@ApplicationScoped
public class ClientAccounts {

    private static final Logger LOG = Logger.getLogger(ClientAccounts.class);

    static final String CLIENT_ROLE = "client";
    /** Accounts of people who run a clinic or the platform, or of clinics' systems: never a client's login. */
    static final Set<String> NOT_CLIENT_ROLES = Set.of("therapist", "clinic-admin", "platform-admin", "integration");

    // Keycloak's default user profile: 3 to 255 characters; an email address is a valid username
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,254}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 255;
    // No 0/O, 1/l/I: the password is read off a screen and typed once
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 16;

    private final KeycloakAdminApi keycloak;
    private final String realm;
    private final SecureRandom random = new SecureRandom();
    /** Organization id per tenant alias: organizations are created once and never renamed by the platform. */
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();

    @Inject
    public ClientAccounts(@RestClient KeycloakAdminApi keycloak, AccountsConfig config) {
        this(keycloak, config.realm());
    }

    ClientAccounts(KeycloakAdminApi keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /**
     * Finds or creates the client account {@code request.username()} in the clinic {@code tenant}.
     *
     * @param tenant  the caller's clinic, from the verified token (the organization alias)
     * @param request the account: username required; email, first and last name used only on creation
     * @return the linked account, with a temporary password only if it was created now
     */
    public AccountLink link(String tenant, AccountRequest request) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("A clinic is needed to link an account");
        }
        Wanted wanted = validate(request);
        return AdminCalls.call("link the account", () -> {
            String organizationId = organizationOf(tenant);
            Optional<User> existing = findByUsername(wanted.username());
            if (existing.isPresent()) {
                return linkExisting(tenant, organizationId, existing.get());
            }
            return create(tenant, organizationId, wanted);
        });
    }

    private record Wanted(String username, String email, String firstName, String lastName) {
    }

    private static Wanted validate(AccountRequest request) {
        if (request == null) {
            throw ProblemException.invalid("username", "is required");
        }
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        String username = trimmed(request.username());
        if (username == null) {
            errors.add(new Problem.FieldError("username", "is required"));
        } else {
            username = username.toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(username).matches()) {
                errors.add(new Problem.FieldError("username", "must be 3 to 255 characters: letters, digits and"
                        + " . _ @ + - (starting with a letter or digit)"));
            }
        }
        String email = trimmed(request.email());
        if (email != null && (email.length() > MAX_NAME || !EMAIL.matcher(email).matches())) {
            errors.add(new Problem.FieldError("email", "is not an email address"));
        }
        String firstName = trimmed(request.firstName());
        String lastName = trimmed(request.lastName());
        if (firstName != null && firstName.length() > MAX_NAME) {
            errors.add(new Problem.FieldError("firstName", "must be at most " + MAX_NAME + " characters"));
        }
        if (lastName != null && lastName.length() > MAX_NAME) {
            errors.add(new Problem.FieldError("lastName", "must be at most " + MAX_NAME + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Wanted(username, email == null ? null : email.toLowerCase(Locale.ROOT), firstName, lastName);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String organizationOf(String tenant) {
        String cached = organizationIds.get(tenant);
        if (cached != null) {
            return cached;
        }
        String id = keycloak.organizationsByAlias(realm, "alias:" + tenant, true, 2).stream()
                .filter(org -> tenant.equals(org.alias()))
                .map(KeycloakAdminApi.Organization::id)
                .findFirst()
                .orElseThrow(() -> new ProblemException(500, "clinic-without-organization", "Clinic not set up",
                        "The clinic " + tenant + " has no organization in Keycloak, so no account can be linked to"
                                + " it.", List.of()));
        organizationIds.put(tenant, id);
        return id;
    }

    private Optional<User> findByUsername(String username) {
        return keycloak.usersByUsername(realm, username, true).stream()
                .filter(user -> username.equalsIgnoreCase(user.username()))
                .findFirst();
    }

    private AccountLink linkExisting(String tenant, String organizationId, User user) {
        if (!isMember(organizationId, user.id())) {
            // Same answer whether the account is another clinic's or does not exist: nothing leaks across clinics
            throw notInClinic(user.username());
        }
        List<String> roles = keycloak.effectiveRealmRoles(realm, user.id()).stream().map(Role::name).toList();
        List<String> staffRoles = roles.stream().filter(NOT_CLIENT_ROLES::contains).sorted().toList();
        if (!staffRoles.isEmpty()) {
            throw new ProblemException(409, "account-is-staff", "Not a client account", "The account "
                    + user.username() + " is a " + String.join(" and ", staffRoles) + " account; a client profile can"
                    + " only be linked to a client's own account.", List.of());
        }
        if (!roles.contains(CLIENT_ROLE)) {
            grantClientRole(user.id());
        }
        LOG.infof("Linked existing account %s (%s) of clinic %s", user.username(), user.id(), tenant);
        return new AccountLink(user.id(), user.username(), null);
    }

    private boolean isMember(String organizationId, String userId) {
        try {
            keycloak.member(realm, organizationId, userId);
            return true;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }

    private AccountLink create(String tenant, String organizationId, Wanted wanted) {
        if (wanted.email() != null && !keycloak.usersByEmail(realm, wanted.email(), true).isEmpty()) {
            throw emailTaken(wanted.email());
        }
        String password = temporaryPassword();
        var user = new User(null, wanted.username(), wanted.email(), wanted.firstName(), wanted.lastName(), true,
                List.of("UPDATE_PASSWORD"), List.of(new Credential("password", password, true)));
        String userId;
        try (Response created = keycloak.createUser(realm, user)) {
            userId = AdminCalls.createdId(created);
        } catch (WebApplicationException e) {
            switch (e.getResponse().getStatus()) {
                case 409 -> {
                    // Created by a concurrent request for the same username, or the email was taken meanwhile
                    Optional<User> raced = findByUsername(wanted.username());
                    if (raced.isPresent()) {
                        return linkExisting(tenant, organizationId, raced.get());
                    }
                    throw emailTaken(wanted.email());
                }
                case 400 -> throw refusedInput(e);
                default -> throw e;
            }
        }
        try {
            keycloak.addMember(realm, organizationId, userId).close();
        } catch (RuntimeException e) {
            // An account outside the clinic could never be linked again (it would answer 404): take it back
            deleteQuietly(userId, e);
            throw e;
        }
        // From here the account is the clinic's; a failure below is repaired by linking again
        grantClientRole(userId);
        LOG.infof("Created client account %s (%s) in clinic %s", wanted.username(), userId, tenant);
        return new AccountLink(userId, wanted.username(), password);
    }

    private void grantClientRole(String userId) {
        AdminCalls.grantRealmRole(keycloak, realm, userId, CLIENT_ROLE);
    }

    private void deleteQuietly(String userId, RuntimeException failure) {
        try {
            keycloak.deleteUser(realm, userId).close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.errorf("Account %s was created but could not be added to its clinic nor deleted; delete it in"
                    + " Keycloak before linking its username again", userId);
        }
    }

    private String temporaryPassword() {
        var password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static ProblemException notInClinic(String username) {
        return new ProblemException(404, "account-not-in-clinic", "Account not found", "No account " + username
                + " exists in this clinic, and the username is not free for a new account. Choose another"
                + " username to create one.", List.of());
    }

    private static ProblemException emailTaken(String email) {
        return new ProblemException(409, "email-taken", "Email already in use", "Another account already uses "
                + email + ". Link that account by its username if it is this client's, or choose another email.",
                List.of());
    }

    private static ProblemException refusedInput(WebApplicationException e) {
        ErrorAnswer answer;
        try {
            answer = e.getResponse().readEntity(ErrorAnswer.class);
        } catch (RuntimeException unreadable) {
            answer = null;
        }
        String field = answer != null && answer.field() != null ? answer.field() : "username";
        String reason = answer != null && answer.errorMessage() != null ? answer.errorMessage() : "invalid value";
        return ProblemException.invalid(field, "was refused by Keycloak (" + reason + ")");
    }
}
