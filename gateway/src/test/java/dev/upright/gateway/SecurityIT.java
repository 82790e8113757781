package dev.upright.gateway;

import org.junit.jupiter.api.BeforeEach;

import dev.upright.gateway.StubUpstream.Answer;
import dev.upright.testing.PlatformServersResource;
import dev.upright.testing.TokenChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The gateway refuses the tokens the services refuse, before forwarding anything (checks in TokenChecks). */
@QuarkusTest
@QuarkusTestResource(PlatformServersResource.class)
@QuarkusTestResource(UpstreamStubResource.class)
class SecurityIT extends TokenChecks {

    private static final String CATALOG_PATH = "/api/v1/exercises/token-checks";

    SecurityIT() {
        super(CATALOG_PATH);
    }

    @BeforeEach
    void catalogAnswersTheRealToken() {
        UpstreamStubResource.stub().answer(CATALOG_PATH, Answer.of(200, "application/json", "{}"));
    }
}
