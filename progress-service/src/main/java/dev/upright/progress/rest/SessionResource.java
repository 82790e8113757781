package dev.upright.progress.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.upright.progress.domain.ExerciseLog;
import dev.upright.progress.service.LogSession;
import dev.upright.progress.service.SessionService;
import dev.upright.web.problem.ProblemException;
import dev.upright.web.security.ClinicRoles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/api/v1")
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @POST
    @Path("sessions")
    @RolesAllowed({ "client", "therapist", "clinic-admin" })
    public Response log(@NotNull LogSessionRequest request, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        var logged = sessions.log(caller(), command(request), idempotencyKey);
        var body = SessionView.of(logged.session(), logged.exercises(), logged.safetyMessages());
        var answer = Response.created(URI.create("/api/v1/clients/" + logged.session().clientId + "/sessions"))
                .entity(body);
        return logged.replayed() ? answer.header("Idempotent-Replayed", "true").build() : answer.build();
    }

    @GET
    @Path("me/sessions")
    @RolesAllowed("client")
    public List<SessionView> mine(@QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return history(sessions.clientOfCaller(caller()), from, to, page, size);
    }

    @GET
    @Path("clients/{clientId}/sessions")
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    public List<SessionView> ofClient(@PathParam("clientId") UUID clientId, @QueryParam("from") Instant from,
            @QueryParam("to") Instant to, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        sessions.requireKnownClient(clientId);
        return history(clientId, from, to, page, size);
    }

    private List<SessionView> history(UUID clientId, Instant from, Instant to, int page, int size) {
        return sessions.history(clientId, from, to, page, size).stream()
                .map(s -> SessionView.of(s, ExerciseLog.ofSession(s.id), Map.of()))
                .toList();
    }

    private static LogSession command(LogSessionRequest request) {
        return new LogSession(request.clientId(), request.plannedSessionId(), request.performedAt(),
                request.exercises(), request.notes());
    }

    private SessionService.Caller caller() {
        return new SessionService.Caller(token.getSubject(), ClinicRoles.isStaff(identity));
    }
}
