package dev.upright.localservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldStartKraftBrokerWithCompactedTopicThatSurvivesRestart() throws Exception {
        var layout = ServerLayout.fromBuild();
        int port = Ports.findFree();
        int controllerPort = Ports.findFree();
        var topics = List.of(new KafkaServer.Topic("catalog.exercises", 3, true), new KafkaServer.Topic("plans.lifecycle", 3, false));
        try (var kafka = KafkaServer.start(layout, port, controllerPort, dataDirectory, dataDirectory.resolve("kafka.log"), topics)) {
            assertThat(topicNames(kafka)).contains("catalog.exercises", "plans.lifecycle");
        }
        try (var kafka = KafkaServer.start(layout, port, controllerPort, dataDirectory, dataDirectory.resolve("kafka.log"), topics);
                var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, "catalog.exercises");
            var config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    private static java.util.Set<String> topicNames(KafkaServer kafka) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
    }
}
