package dev.upright.support.tenancy;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * Runs work that touches the database off an HTTP request (a relay, a dispatcher, a consumer, a scheduled job):
 * Hibernate resolves the current clinic through request-scoped beans, so such work needs a request context. One
 * already active (a scheduler's thread has one) is used as it is and left active.
 */
public final class RequestContexts {

    private RequestContexts() {
    }

    public static <T> T within(Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activatedHere = !requestContext.isActive();
        if (activatedHere) {
            requestContext.activate();
        }
        try {
            return work.get();
        } finally {
            if (activatedHere) {
                requestContext.terminate();
            }
        }
    }
}
