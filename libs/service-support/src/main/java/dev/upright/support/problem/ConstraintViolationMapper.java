package dev.upright.support.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemException;
import dev.upright.web.problem.ProblemMappers;

/** A request rejected by Bean Validation answers 400 with each bad field named. */
public class ConstraintViolationMapper {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        var problem = ProblemException.invalid(errors);
        return ProblemMappers.respond(problem.status(), problem.slug(), problem.title(), problem.getMessage(), uri, errors);
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.request.name" -> "name": callers know their body's fields, not our method names
        String[] parts = violation.getPropertyPath().toString().split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }
}
