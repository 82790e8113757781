package dev.upright.plan.accounts;

/**
 * The Keycloak account a client profile is linked to.
 *
 * @param userId            the account's id, the {@code sub} of its tokens
 * @param username          its username (Keycloak keeps usernames in lower case)
 * @param temporaryPassword the one-time password of an account created by this link, which the client
 *                          must change at the first login; {@code null} when the account already existed.
 *                          It is never stored: show it once and forget it.
 */
public record AccountLink(String userId, String username, String temporaryPassword) {

    /** Whether this link created the account (and so carries its temporary password). */
    public boolean created() {
        return temporaryPassword != null;
    }

    @Override
    public String toString() {
        // Keeps the password out of logs and exception messages
        return "AccountLink[userId=" + userId + ", username=" + username + ", created=" + created() + "]";
    }
}
