package dev.upright.plan.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.plan.service.Caller;
import dev.upright.web.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read from the verified token. */
@RequestScoped
public class Callers {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public Caller current() {
        String subject = token.getSubject();
        if (subject == null) {
            throw ProblemException.forbidden("The token names no user.");
        }
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        return new Caller(subject, name, identity.hasRole("therapist"));
    }

    /** Staff see every client of their clinic; anyone else only their own data. */
    public boolean isStaff() {
        return identity.hasRole("therapist") || identity.hasRole("clinic-admin") || identity.hasRole("integration");
    }

    /** "3", W/"3" or "\"3\"" -> 3; absent -> null. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.replace("W/", "").replace("\"", "").strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be the version number, e.g. \"3\"");
        }
    }
}
