package dev.upright.catalog.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import dev.upright.catalog.service.ExerciseService;
import io.quarkus.security.Authenticated;

@Path("/api/v1/exercises")
@Authenticated
public class ExerciseResource {

    @Inject
    ExerciseService exercises;

    @GET
    public PageView<ExerciseView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var result = exercises.list(page, size);
        return new PageView<>(result.items().stream().map(ExerciseView::of).toList(), result.total(), page, size);
    }

    @GET
    @Path("{id}")
    public ExerciseView get(@PathParam("id") UUID id) {
        return ExerciseView.of(exercises.get(id));
    }

    @POST
    @RolesAllowed({ "therapist", "clinic-admin" })
    public Response create(@NotNull @Valid NewExerciseRequest request) {
        var exercise = exercises.create(request.toCommand());
        return Response.created(URI.create("/api/v1/exercises/" + exercise.id)).entity(ExerciseView.of(exercise)).build();
    }
}
