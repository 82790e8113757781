package dev.upright.catalog.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.upright.catalog.domain.Exercise;
import dev.upright.catalog.service.ExerciseQuery;
import dev.upright.catalog.service.ExerciseService;
import dev.upright.web.IfMatch;
import io.quarkus.security.Authenticated;

/** The catalogue API. The ETag of an exercise is its version; writes must send it back in If-Match. */
@Path("/api/v1/exercises")
@Authenticated
public class ExerciseResource {

    @Inject
    ExerciseService exercises;

    @Inject
    ExerciseViews views;

    @GET
    public PageView<ExerciseView> search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("muscle") List<String> muscles, @QueryParam("equipment") List<String> equipment,
            @QueryParam("difficulty") String difficulty, @QueryParam("movement") String movement,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var result = exercises.search(new ExerciseQuery(q, category, muscles, equipment, difficulty, movement, page, size));
        return new PageView<>(views.of(result.hits()), result.total(), page, size);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        return withTag(Response.ok(), exercises.get(id)).build();
    }

    @POST
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response create(@NotNull ExerciseRequest request) {
        var exercise = exercises.create(request.toDraft());
        return withTag(Response.created(URI.create("/api/v1/exercises/" + exercise.id)), exercise).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ExerciseRequest request) {
        Long expected = IfMatch.version(ifMatch, "the exercise");
        if (expected == null) {
            throw IfMatch.required("the exercise");
        }
        return withTag(Response.ok(), exercises.update(id, expected, request.toDraft())).build();
    }

    /** Retires the exercise; If-Match is optional here, so retrying a retire stays harmless. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response retire(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        exercises.retire(id, IfMatch.version(ifMatch, "the exercise"));
        return Response.noContent().build();
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Exercise exercise) {
        return response.tag(new EntityTag(Long.toString(exercise.version))).entity(ExerciseView.of(exercise));
    }
}
