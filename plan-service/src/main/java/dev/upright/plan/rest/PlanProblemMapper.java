package dev.upright.plan.rest;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.upright.plan.service.PlanProblem;
import dev.upright.web.CorrelationIdFilter;
import dev.upright.web.problem.Problem;
import dev.upright.web.problem.ProblemTypes;

/** 422 problem+json for a plan that breaks rules, listing every violation with its fix (RFC 9457 extension members). */
public class PlanProblemMapper {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RulesProblem(String type, String title, int status, String detail, String instance,
            String correlationId, List<ViolationView> violations, List<ViolationView> warnings) {
    }

    @ServerExceptionMapper
    public Response broken(PlanProblem e, UriInfo uri) {
        Object correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        var body = new RulesProblem(ProblemTypes.of(e.slug()), e.title(), 422, e.getMessage(), uri.getPath(),
                correlationId == null ? null : correlationId.toString(),
                e.violations().stream().map(ViolationView::of).toList(),
                e.warnings().stream().map(ViolationView::of).toList());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
