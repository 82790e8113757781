package dev.upright.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.upright.testing.ServerSelection.Kind;

class ServerSelectionTest {

    private static final List<String> IMAGES = List.of("postgres:17", "apache/kafka:4.3.1",
            "quay.io/keycloak/keycloak:26.7.3");

    /** An engine that answers or not, and lacks the images it is told to lack; it records what it was asked. */
    private static final class FakeEngine implements ServerSelection.Engine {
        private final boolean answers;
        private final List<String> lacking;
        private final List<String> asked = new ArrayList<>();

        FakeEngine(boolean answers, String... lacking) {
            this.answers = answers;
            this.lacking = List.of(lacking);
        }

        @Override
        public boolean answers() {
            asked.add("answers");
            return answers;
        }

        @Override
        public List<String> missing(List<String> images) {
            asked.add("missing");
            return images.stream().filter(lacking::contains).toList();
        }
    }

    @Test
    void shouldChooseContainersByDefaultWhenTheEngineAnswersAndHasEveryImage() {
        var choice = ServerSelection.choose(null, IMAGES, new FakeEngine(true));

        assertThat(choice.kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(choice.describe()).startsWith("Test servers: containers (upright.servers=auto")
                .contains("postgres:17");
    }

    @Test
    void shouldTreatABlankSettingAsAuto() {
        assertThat(ServerSelection.choose("  ", IMAGES, new FakeEngine(false)).kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(ServerSelection.choose(" Auto ", IMAGES, new FakeEngine(true)).kind()).isEqualTo(Kind.CONTAINERS);
    }

    @Test
    void shouldChooseEmbeddedAutomaticallyWhenNoEngineAnswers() {
        var engine = new FakeEngine(false);

        var choice = ServerSelection.choose("auto", IMAGES, engine);

        assertThat(choice.kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choice.reason()).isEqualTo("upright.servers=auto: no Docker engine answers");
        assertThat(engine.asked).containsExactly("answers");
    }

    @Test
    void shouldChooseEmbeddedAutomaticallyWhenTheEngineCannotSupplyAnImage() {
        var choice = ServerSelection.choose("auto", IMAGES, new FakeEngine(true, "quay.io/keycloak/keycloak:26.7.3"));

        assertThat(choice.kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choice.reason()).contains("can neither find nor pull quay.io/keycloak/keycloak:26.7.3")
                .doesNotContain("postgres");
    }

    @Test
    void shouldUseEmbeddedWhenForcedWithoutAskingTheEngine() {
        var engine = new FakeEngine(true);

        var choice = ServerSelection.choose("embedded", IMAGES, engine);

        assertThat(choice.kind()).isEqualTo(Kind.EMBEDDED);
        assertThat(choice.describe()).isEqualTo("Test servers: embedded (upright.servers=embedded)");
        assertThat(engine.asked).isEmpty();
    }

    @Test
    void shouldUseContainersWhenForcedAndTheEngineSuppliesTheImages() {
        var choice = ServerSelection.choose("CONTAINERS", IMAGES, new FakeEngine(true));

        assertThat(choice.kind()).isEqualTo(Kind.CONTAINERS);
        assertThat(choice.reason()).startsWith("upright.servers=containers");
    }

    @Test
    void shouldFailRatherThanFallBackWhenContainersAreForcedAndNoEngineAnswers() {
        assertThatThrownBy(() -> ServerSelection.choose("containers", IMAGES, new FakeEngine(false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("upright.servers=containers, but no Docker engine answers");
    }

    @Test
    void shouldFailWhenContainersAreForcedAndAnImageCannotBeSupplied() {
        assertThatThrownBy(() -> ServerSelection.choose("containers", IMAGES, new FakeEngine(true, "postgres:17")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("can neither find nor pull postgres:17");
    }

    @Test
    void shouldRejectAnUnknownValueNamingThePropertyAndTheAllowedValues() {
        var engine = new FakeEngine(true);

        assertThatThrownBy(() -> ServerSelection.choose("docker", IMAGES, engine))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'docker'")
                .hasMessageContaining("upright.servers")
                .hasMessageContaining("embedded, containers or auto");
        assertThat(engine.asked).isEmpty();
    }
}
