package dev.upright.web.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Fails each way a service's resources fail, so the answers can be checked as a caller gets them. */
@Path("/failures")
public class FailingResource {

    public record Dose(int sets, int reps) {
    }

    @GET
    @Path("not-found")
    public String notFound() {
        throw ProblemException.notFound("Exercise", "e-1");
    }

    @GET
    @Path("invalid-fields")
    public String invalidFields() {
        throw ProblemException.invalid(List.of(new Problem.FieldError("name", "must not be blank"),
                new Problem.FieldError("sets", "must be at least 1")));
    }

    @POST
    @Path("dose")
    @Consumes(MediaType.APPLICATION_JSON)
    public String dose(Dose dose) {
        return "ok";
    }

    @GET
    @Path("unauthenticated")
    public String unauthenticated() {
        throw new UnauthorizedException();
    }

    @GET
    @Path("forbidden")
    public String forbidden() {
        throw new ForbiddenException();
    }

    @GET
    @Path("too-many")
    public String tooMany() {
        throw new ProblemException(429, "rate-limited", "Too many requests", "Slow down.", List.of()) {
            @Override
            public Map<String, String> headers() {
                return Map.of("Retry-After", "7");
            }
        };
    }

    @GET
    @Path("crash")
    public String crash() {
        throw new IllegalStateException("connection string postgres://secret");
    }
}
