package dev.upright.gateway.web;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The page and its scripts keep their names from release to release, so browsers must check them again on
 * every load (a cheap 304 when unchanged), or a new gateway would be served with last week's scripts. The
 * libraries under /webjars/ carry their version in the path and keep Quarkus's long caching.
 */
@Singleton
public class WebAppCaching {

    static boolean revalidates(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/app/");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (revalidates(context.normalizedPath())) {
                context.addHeadersEndHandler(ignored -> context.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-cache"));
            }
            context.next();
        });
    }
}
