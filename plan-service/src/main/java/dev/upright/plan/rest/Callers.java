package dev.upright.plan.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.plan.service.Caller;
import dev.upright.web.problem.ProblemException;
import dev.upright.web.security.ClinicRoles;
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
        return ClinicRoles.isStaff(identity);
    }
}
