package dev.upright.web.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on. Services throw it (or use the factories below) and the shared
 * mapper turns it into problem+json, so no resource builds error bodies by hand.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    protected ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
            Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.", List.of());
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(Problem.FieldError::field).toList());
        return new ProblemException(400, "invalid-input", "Invalid input", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ProblemException ruleViolation(String rule, String detail) {
        return new ProblemException(422, "rule-violation", "Rule violated: " + rule, detail, List.of());
    }

    /** Extra response headers the answer needs, such as Retry-After on a 429. */
    public Map<String, String> headers() {
        return Map.of();
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
