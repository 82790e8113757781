package dev.upright.localservers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one JVM of its own), with the
 * platform's topics created on start.
 */
public final class KafkaServer implements AutoCloseable {

    /** A topic to create; compacted topics keep the newest record per key forever. */
    public record Topic(String name, int partitions, boolean compacted) {

        /** The platform's topics ({@link dev.upright.contracts.Topics#ALL}). */
        public static List<Topic> platform() {
            return dev.upright.contracts.Topics.ALL.stream()
                    .map(t -> new Topic(t.name(), t.partitions(), t.compacted())).toList();
        }
    }

    private final ManagedProcess process;
    private final int port;

    private KafkaServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KafkaServer start(ServerLayout layout, int port, int controllerPort, Path dataDirectory,
            Path logFile, List<Topic> topics) {
        try {
            Path logDirs = dataDirectory.resolve("log-dirs");
            Files.createDirectories(logDirs);
            Path config = writeConfig(dataDirectory, logDirs, port, controllerPort);
            Path log4j = writeLogConfig(dataDirectory);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classPath = layout.kafkaLibs().toAbsolutePath() + "/*";
            List<String> jvm = List.of(java, "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-Dlog4j2.configurationFile=" + log4j.toAbsolutePath(), "-cp", classPath);

            if (!Files.exists(logDirs.resolve("meta.properties"))) {
                var format = new ArrayList<>(jvm);
                format.addAll(List.of("kafka.tools.StorageTool", "format", "--standalone", "-t", randomClusterId(),
                        "-c", config.toString()));
                ManagedProcess.runToCompletion("Kafka storage format", format, dataDirectory, logFile,
                        Duration.ofSeconds(60));
            }
            var command = new ArrayList<>(jvm);
            command.addAll(List.of("kafka.Kafka", config.toString()));
            var process = ManagedProcess.start("Kafka", command, Map.of(), dataDirectory, logFile);
            var server = new KafkaServer(process, port);
            try {
                process.awaitReady("broker answering on port " + port, Duration.ofSeconds(90), server::answers);
                createTopics(server.bootstrapServers(), topics);
            } catch (RuntimeException e) {
                process.stop(Duration.ofSeconds(10));
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    private boolean answers() {
        return answers("localhost", port);
    }

    /** Whether a broker answers on the host and port, for waits after a start. */
    public static boolean answers(String host, int port) {
        // A plain TCP check first: an admin client polling a closed port floods the log with retries
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(host, port), 500);
        } catch (IOException e) {
            return false;
        }
        try (Admin admin = admin(host + ":" + port)) {
            admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Creates those of the topics the broker lacks, and waits until its metadata shows all of them. */
    public static void createTopics(String bootstrapServers, List<Topic> topics) {
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1)
                            .configs(topic.compacted() ? Map.of("cleanup.policy", "compact") : Map.of()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            // Creation is acknowledged before every listener's metadata shows the topic: wait until it does
            Set<String> wanted = topics.stream().map(Topic::name).collect(java.util.stream.Collectors.toSet());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!admin.listTopics().names().get(10, TimeUnit.SECONDS).containsAll(wanted)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka topics " + wanted + " not visible after creation");
                }
                ManagedProcess.sleep(100);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not create Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        var properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return Admin.create(properties);
    }

    private static Path writeConfig(Path dataDirectory, Path logDirs, int port, int controllerPort) throws IOException {
        String config = """
                process.roles=broker,controller
                node.id=1
                controller.quorum.bootstrap.servers=localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=false
                """.formatted(port, controllerPort, logDirs.toAbsolutePath());
        Path file = dataDirectory.resolve("server.properties");
        Files.writeString(file, config);
        return file;
    }

    private static Path writeLogConfig(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("log4j2.properties");
        Files.writeString(file, """
                rootLogger.level=INFO
                rootLogger.appenderRef.console.ref=console
                appender.console.type=Console
                appender.console.name=console
                appender.console.layout.type=PatternLayout
                appender.console.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
                logger.kafka.name=kafka
                logger.kafka.level=WARN
                logger.apache.name=org.apache.kafka
                logger.apache.level=WARN
                logger.started.name=kafka.server.KafkaRaftServer
                logger.started.level=INFO
                """);
        return file;
    }

    private static String randomClusterId() {
        // 16 random bytes in URL-safe base64; an id starting with '-' would be read as a command-line option
        String id;
        do {
            var uuid = UUID.randomUUID();
            var bytes = java.nio.ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array();
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
