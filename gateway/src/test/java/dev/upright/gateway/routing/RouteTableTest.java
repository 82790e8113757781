package dev.upright.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    // The gateway's default table, as in application.properties
    private final RouteTable table = RouteTable.of(Map.of(
            "catalog", List.of("/api/v1/exercises/**", "/api/v1/muscles/**", "/api/v1/equipment/**"),
            "plan", List.of("/api/v1/clients/**", "/api/v1/plans/**", "/api/v1/me/plan", "/api/v1/templates/**",
                    "/api/v1/planning-catalogue/**"),
            "progress", List.of("/api/v1/sessions/**", "/api/v1/me/sessions/**", "/api/v1/alerts/**",
                    "/api/v1/adherence/**", "/api/v1/clients/*/sessions/**", "/api/v1/clients/*/adherence/**")));

    @Test
    void shouldRouteClientSessionsToProgressService() {
        assertThat(serviceFor("/api/v1/clients/123/sessions")).contains("progress");
        assertThat(serviceFor("/api/v1/clients/123/sessions/9")).contains("progress");
        assertThat(serviceFor("/api/v1/clients/123/adherence")).contains("progress");
    }

    @Test
    void shouldRouteClientItselfAndItsPlansToPlanService() {
        assertThat(serviceFor("/api/v1/clients")).contains("plan");
        assertThat(serviceFor("/api/v1/clients/123")).contains("plan");
        assertThat(serviceFor("/api/v1/clients/123/plans")).contains("plan");
    }

    @Test
    void shouldMatchDoubleStarPrefixItselfAndAnythingBelowIt() {
        assertThat(serviceFor("/api/v1/exercises")).contains("catalog");
        assertThat(serviceFor("/api/v1/exercises/")).contains("catalog");
        assertThat(serviceFor("/api/v1/exercises/5f1c/variations/2")).contains("catalog");
    }

    @Test
    void shouldMatchExactPatternOnlyExactly() {
        assertThat(serviceFor("/api/v1/me/plan")).contains("plan");
        assertThat(serviceFor("/api/v1/me/plan/extra")).isEmpty();
        assertThat(serviceFor("/api/v1/me/sessions")).contains("progress");
        assertThat(serviceFor("/api/v1/me")).isEmpty();
    }

    @Test
    void shouldNotConfuseAPrefixOfASegmentWithTheSegment() {
        assertThat(serviceFor("/api/v1/exercisesXYZ")).isEmpty();
        assertThat(serviceFor("/api/v1/plansx/1")).isEmpty();
    }

    @Test
    void shouldLetSingleStarMatchExactlyOneNonEmptySegment() {
        assertThat(serviceFor("/api/v1/clients//sessions")).contains("plan");
        var table = RouteTable.of(Map.of("a", List.of("/x/*/y")));
        assertThat(table.route("/x/1/y")).isPresent();
        assertThat(table.route("/x/1/2/y")).isEmpty();
        assertThat(table.route("/x/y")).isEmpty();
    }

    @Test
    void shouldOwnNothingOutsideTheConfiguredPatterns() {
        assertThat(serviceFor("/api/v1/unknown")).isEmpty();
        assertThat(serviceFor("/api/v1")).isEmpty();
        assertThat(serviceFor("/q/health")).isEmpty();
        assertThat(serviceFor("")).isEmpty();
        assertThat(serviceFor(null)).isEmpty();
    }

    @Test
    void shouldRefusePathsThatClimbOutOfTheirOwnersTree() {
        assertThat(serviceFor("/api/v1/exercises/../clients/1")).isEmpty();
        assertThat(serviceFor("/api/v1/exercises/%2E%2e/clients")).isEmpty();
        assertThat(serviceFor("/api/v1/exercises/./1")).isEmpty();
        assertThat(serviceFor("/api/v1/exercises/v1.2")).contains("catalog");
    }

    @Test
    void shouldPreferLongerLiteralPrefixWhenWildcardsTie() {
        var table = RouteTable.of(Map.of("early", List.of("/a/*/c"), "late", List.of("/a/b/*")));
        assertThat(table.route("/a/b/c").map(RouteTable.Route::service)).contains("late");
        assertThat(table.route("/a/x/c").map(RouteTable.Route::service)).contains("early");
    }

    @Test
    void shouldPreferExactPatternOverDoubleStarOfSameLiterals() {
        var table = RouteTable.of(Map.of("open", List.of("/a/b/**"), "exact", List.of("/a/b")));
        assertThat(table.route("/a/b").map(RouteTable.Route::service)).contains("exact");
        assertThat(table.route("/a/b/c").map(RouteTable.Route::service)).contains("open");
    }

    @Test
    void shouldReportWhichPatternChoseTheService() {
        assertThat(table.route("/api/v1/clients/7/sessions"))
                .contains(new RouteTable.Route("progress", "/api/v1/clients/*/sessions/**"));
    }

    @Test
    void shouldRejectOnePatternClaimedByTwoServices() {
        assertThatThrownBy(() -> RouteTable.of(Map.of("a", List.of("/x/**"), "b", List.of("/x/**"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/x/**");
    }

    @Test
    void shouldRejectMalformedPatterns() {
        for (String bad : new String[] { "api/v1/x", "/", "/a/**/b", "/a/b*", "/a//b" }) {
            assertThatThrownBy(() -> RouteTable.of(Map.of("s", List.of(bad))))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private Optional<String> serviceFor(String path) {
        return table.route(path).map(RouteTable.Route::service);
    }
}
