package dev.upright.plan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.upright.support.tenancy.TenantContext;
import dev.upright.support.tenancy.TenantScope;
import dev.upright.testing.PlatformServersResource;
import dev.upright.web.problem.ProblemException;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** service-support's clinic of an event, as a consumer thread sees it: no HTTP request, no token. */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
class TenantScopeIT {

    @Inject
    TenantScope scope;

    @Inject
    TenantContext tenancy;

    @Test
    void shouldActForTheEventsClinicWhileTheWorkRuns() {
        record Seen(Optional<String> during, boolean contextAfter) {
        }

        Seen seen = onAConsumerThread(() -> {
            Optional<String> during = scope.call("harbor", tenancy::tenant);
            return new Seen(during, Arc.container().requestContext().isActive());
        });

        assertThat(seen.during()).contains("harbor");
        assertThat(seen.contextAfter()).as("the request context it started is ended").isFalse();
    }

    @Test
    void shouldGiveEachEventItsOwnClinic() {
        var clinics = onAConsumerThread(() -> scope.call("harbor", tenancy::requireTenant) + ", "
                + scope.call("summit", tenancy::requireTenant));

        assertThat(clinics).isEqualTo("harbor, summit");
    }

    @Test
    void shouldRefuseClinicWorkForAnEventOfNoClinic() {
        // Global catalogue events carry no clinic: they see no clinic's rows and may not ask for one
        var tenant = onAConsumerThread(() -> scope.call(null, tenancy::tenant));

        assertThat(tenant).isEmpty();
        assertThatThrownBy(() -> onAConsumerThread(() -> scope.call(null, tenancy::requireTenant)))
                .cause().isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    private static <T> T onAConsumerThread(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, runnable -> Thread.ofPlatform().start(runnable)).join();
    }
}
