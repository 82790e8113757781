package dev.upright.support.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.upright.web.problem.ProblemMappers;

/**
 * A request that fails because PostgreSQL is out of reach (stopped, restarting, or no pooled connection within
 * the acquisition timeout) answers 503 with {@code Retry-After}, not 500: nothing is wrong with the request, and
 * the same request sent again once the database is back succeeds. Any other failure keeps the 500 answer.
 */
public class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);
    static final String RETRY_AFTER_SECONDS = "5";
    /** PostgreSQL's admin_shutdown, crash_shutdown and cannot_connect_now (starting up); class 08 is checked apart. */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    // Every Throwable, as the cause sits deep in whatever Hibernate or the transaction interceptor threw
    @ServerExceptionMapper(priority = ProblemMappers.LAST - 1)
    public Response unavailable(Throwable e, UriInfo uri) {
        if (!isDatabaseUnavailable(e)) {
            return ProblemMappers.internalError(e, uri);
        }
        LOG.warnf("Database unavailable, answering 503: %s", e);
        return Response.fromResponse(ProblemMappers.respond(503, "database-unavailable", "Database unavailable",
                "The service cannot reach its database right now. Send the request again in a few seconds; with the"
                        + " same Idempotency-Key it is applied once.", uri, List.of()))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    static boolean isDatabaseUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // SQLSTATE class 08 is "connection exception" in every driver
                if (state != null && (state.startsWith("08") || SERVER_GOING_OR_COMING.contains(state))) {
                    return true;
                }
                // Agroal's pool timeout is a bare SQLException, known only by its message
                String message = sql.getMessage();
                if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
