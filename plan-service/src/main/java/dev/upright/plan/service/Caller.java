package dev.upright.plan.service;

/**
 * Who is calling, as the verified token says.
 *
 * @param userId    the token subject
 * @param name      a name to show others (full name, else the username)
 * @param therapist whether the caller has a caseload of their own
 */
public record Caller(String userId, String name, boolean therapist) {
}
