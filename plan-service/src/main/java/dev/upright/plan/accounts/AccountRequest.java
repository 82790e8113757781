package dev.upright.plan.accounts;

/**
 * Which account a client profile should be linked to. Only the username is needed to link an existing
 * account; email and names are used when the account has to be created (and are then optional too).
 */
public record AccountRequest(String username, String email, String firstName, String lastName) {
}
