package dev.upright.progress.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.upright.progress.export.CsvExports;
import dev.upright.progress.export.ExportRange;
import dev.upright.progress.service.SessionService;

/**
 * Sessions and weekly adherence as CSV files over a date range: the clinic's (or one client's) for staff, their
 * own for a client. Rows are streamed from the database, so the answer starts at once and has no length.
 */
@Path("/api/v1")
public class ExportResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String PROBLEM = "application/problem+json";
    static final String SESSIONS = "One line per logged exercise (its session's columns repeated), oldest first.";
    static final String WEEKS = "Per client and calendar week (Monday first) touching the range: sessions prescribed by "
            + "the plan in force, completed, partial, and the rate (completed + partial / 2) / prescribed, capped at 1.";
    static final String RANGE = "from and to are UTC days, both included, at most 366 days apart.";
    static final String BAD_RANGE = "A date missing or malformed, from after to, or the range too long";

    @Inject
    CsvExports exports;

    @Inject
    SessionService sessions;

    @Inject
    JsonWebToken token;

    @GET
    @Path("exports/sessions.csv")
    @Produces(CSV)
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    @Operation(summary = "Logged sessions as CSV", description = SESSIONS + " For the clinic, or one client. " + RANGE)
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_RANGE, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such client in the clinic", content = @Content(mediaType = PROBLEM))
    public Response clinicSessions(@Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "Only this client") @QueryParam("clientId") UUID clientId) {
        ExportRange range = ExportRange.parse(from, to);
        return file(exports.sessions(range, knownOrAll(clientId)), range.fileName("sessions"));
    }

    @GET
    @Path("exports/adherence.csv")
    @Produces(CSV)
    @RolesAllowed({ "therapist", "clinic-admin", "integration" })
    @Operation(summary = "Weekly adherence as CSV", description = WEEKS + " For every client of the clinic, or one. " + RANGE)
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_RANGE, content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such client in the clinic", content = @Content(mediaType = PROBLEM))
    public Response clinicAdherence(@Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "Only this client") @QueryParam("clientId") UUID clientId) {
        ExportRange range = ExportRange.parse(from, to);
        return file(exports.weeks(range, knownOrAll(clientId)), range.fileName("adherence"));
    }

    @GET
    @Path("me/exports/sessions.csv")
    @Produces(CSV)
    @RolesAllowed("client")
    @Operation(summary = "The caller's own logged sessions as CSV", description = SESSIONS + " " + RANGE)
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_RANGE, content = @Content(mediaType = PROBLEM))
    public Response mySessions(@QueryParam("from") String from, @QueryParam("to") String to) {
        ExportRange range = ExportRange.parse(from, to);
        return file(exports.sessions(range, ownClient()), range.fileName("my-sessions"));
    }

    @GET
    @Path("me/exports/adherence.csv")
    @Produces(CSV)
    @RolesAllowed("client")
    @Operation(summary = "The caller's own weekly adherence as CSV", description = WEEKS + " " + RANGE)
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = BAD_RANGE, content = @Content(mediaType = PROBLEM))
    public Response myAdherence(@QueryParam("from") String from, @QueryParam("to") String to) {
        ExportRange range = ExportRange.parse(from, to);
        return file(exports.weeks(range, ownClient()), range.fileName("my-adherence"));
    }

    /** The client asked for, after checking the clinic has them (another clinic's: 404); null for the whole clinic. */
    private UUID knownOrAll(UUID clientId) {
        if (clientId != null) {
            sessions.requireKnownClient(clientId);
        }
        return clientId;
    }

    private UUID ownClient() {
        return sessions.clientOfCaller(new SessionService.Caller(token.getSubject(), false));
    }

    private static Response file(StreamingOutput body, String fileName) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
