package dev.upright.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.upright.deploy.api.Api;
import dev.upright.deploy.api.PlannedSession;
import dev.upright.deploy.api.SessionBody;
import dev.upright.testing.Tokens;

/**
 * The shared platform runs two instances of each service against one PostgreSQL and one Kafka (see
 * {@link SharedPlatform}). This proves they share the work without doing any of it twice:
 * <ul>
 * <li>each consumer group's partitions are split between the instances (each holds some, none is held twice);</li>
 * <li>the gateway spreads writes over both progress-service instances, which write one outbox table; one instance
 * relays it, every event is on Kafka exactly once and applied once by plan-service;</li>
 * <li>the alert sweep, scheduled on both progress-service instances, runs each round on one of them.</li>
 * </ul>
 */
// Before ServiceCrashIT: members it kills stay in their groups until their sessions time out
@Order(2)
@ExtendWith(SharedPlatform.class)
class ScaleOutIT {

    private static final Duration BOUND = Duration.ofMinutes(3);
    /** A consumer group: the service whose instances are its members, and the Kafka client id of its channel. */
    private record Consumer(String group, String topic, String service, String clientId) {
    }

    private static final List<Consumer> CONSUMERS = List.of(
            new Consumer("plan-service.catalog", "catalog.exercises", "plan-service", "kafka-consumer-catalog-exercises"),
            new Consumer("plan-service.progression", "progress.sessions", "plan-service", "kafka-consumer-progress-sessions"),
            new Consumer("progress-service.plans", "plans.lifecycle", "progress-service", "kafka-consumer-plans-lifecycle"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void shouldSplitEachTopicsPartitionsBetweenTheInstancesOfItsConsumerGroup(LocalStack stack) throws Exception {
        try (Admin kafka = admin(stack.settings())) {
            for (Consumer consumer : CONSUMERS) {
                int partitions = kafka.describeTopics(List.of(consumer.topic())).allTopicNames().get()
                        .get(consumer.topic()).partitions().size();
                List<String> instances = stack.instancesOf(consumer.service());
                // A member joining triggers a rebalance: wait until every instance holds its share
                await().atMost(BOUND).pollInterval(Duration.ofMillis(500)).until(() -> {
                    Map<String, Long> shares = shares(stack, consumer, instances);
                    return shares.values().stream().allMatch(n -> n > 0)
                            && shares.values().stream().mapToLong(Long::longValue).sum() == partitions;
                });

                Map<String, Long> shares = shares(stack, consumer, instances);
                System.out.printf("Scale-out: group %s splits the %d partitions of %s as %s%n", consumer.group(),
                        partitions, consumer.topic(), shares);
                assertThat(shares).as("partitions of %s held by each instance", consumer.topic())
                        .hasSize(SharedPlatform.INSTANCES).allSatisfy((instance, held) -> assertThat(held).isPositive());
                assertThat(shares.values().stream().mapToLong(Long::longValue).sum())
                        .as("partitions of %s assigned, once each", consumer.topic()).isEqualTo(partitions);
                ConsumerGroupDescription group = kafka.describeConsumerGroups(List.of(consumer.group())).all().get()
                        .get(consumer.group());
                Set<TopicPartition> assigned = new HashSet<>();
                group.members().forEach(member -> assigned.addAll(member.assignment().topicPartitions()));
                assertThat(assigned).as("partitions the group %s covers", consumer.group()).hasSize(partitions);
            }
        }
    }

    /** Partitions of the consumer's channel each instance holds, from the Kafka client's metrics on that instance. */
    private static Map<String, Long> shares(LocalStack stack, Consumer consumer, List<String> instances) {
        Map<String, Long> shares = new HashMap<>();
        for (String instance : instances) {
            // One client per consumer thread of the channel: client ids are the prefix, or the prefix and $n
            shares.put(instance, sample(metricsOf(stack, instance), "kafka_consumer_coordinator_assigned_partitions\\{"
                    + "client_id=\"" + Pattern.quote(consumer.clientId()) + "(\\$\\d+)?\"[^}]*}"));
        }
        return shares;
    }

    @Test
    void shouldSendAndApplyEachEventOnceWhileInstancesShareTheWrites(LocalStack stack) throws Exception {
        StackSettings settings = stack.settings();
        String gateway = settings.gatewayUrl();
        var api = new Api(settings.keycloakUrl());
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> writesBefore = sessionWritesPerInstance(stack);

        List<ClientWithPlan> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(ClientWithPlan.create(api, gateway, "theo", "scale " + run + "-" + i, 2000L + i, BOUND));
        }
        Set<UUID> logged = new HashSet<>();
        for (int n = 0; n < 10; n++) {
            for (ClientWithPlan client : clients) {
                logged.add(logOne(api, gateway, client, "scale-" + run + "-" + client.clientId() + "-" + n));
            }
        }

        Map<String, Long> writesAfter = sessionWritesPerInstance(stack);
        Map<String, Long> served = new HashMap<>();
        writesAfter.forEach((instance, count) -> served.put(instance, count - writesBefore.getOrDefault(instance, 0L)));
        System.out.printf("Scale-out: %d sessions logged through the gateway, written by %s%n", logged.size(), served);
        assertThat(served).as("sessions written per progress-service instance").hasSize(SharedPlatform.INSTANCES)
                .allSatisfy((instance, count) -> assertThat(count).as(instance).isPositive());

        Set<UUID> clientIds = new HashSet<>();
        clients.forEach(c -> clientIds.add(c.clientId()));
        var data = new PlatformData(settings);
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> data.unpublished("progress") == 0);

        var topic = new SessionsTopic();
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> {
            topic.read(data, clientIds);
            return topic.eventsBySession.keySet().containsAll(logged);
        });
        Set<String> eventIds = topic.eventIds();
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() -> data.count("plan", "select count(*) from"
                + " processed_event where consumer = 'plan-service.progression' and event_id = any(?)", eventIds)
                == eventIds.size());
        long sessionsWithResults = data.count("plan",
                "select count(distinct session_log_id) from exercise_result where session_log_id = any(?)", logged);
        System.out.printf("Scale-out: %d events in %d records on progress.sessions; %d sessions applied by plan-service%n",
                eventIds.size(), topic.records, sessionsWithResults);
        assertThat(topic.eventsBySession.keySet()).isEqualTo(logged);
        assertThat(topic.records).as("records for %d events: none sent twice", eventIds.size()).isEqualTo(logged.size());
        assertThat(eventIds).hasSize(logged.size());
        assertThat(sessionsWithResults).as("sessions whose results plan-service recorded").isEqualTo(logged.size());

        Map<String, Long> relaying = new HashMap<>();
        for (String instance : stack.instancesOf("progress-service")) {
            relaying.put(instance, sample(metricsOf(stack, instance), "upright_outbox_relaying"));
        }
        System.out.printf("Scale-out: progress-service instances relaying the outbox: %s%n", relaying);
        assertThat(relaying.values()).as("progress-service instances relaying the outbox").containsOnlyOnce(1L)
                .hasSize(SharedPlatform.INSTANCES);
    }

    @Test
    void shouldRunEachAlertSweepRoundOnOneInstance(LocalStack stack) throws Exception {
        List<String> instances = stack.instancesOf("progress-service");
        // Both schedulers fire by now (the first sweep waits 5 s after each start)
        await().atMost(BOUND).pollInterval(Duration.ofSeconds(1)).until(() ->
                instances.stream().allMatch(i -> sweepRounds(stack, i).total() > 0));
        Map<String, Rounds> before = sweepRoundsPerInstance(stack, instances);
        Instant started = Instant.now();
        // Long enough for several rounds of a sweep every SharedPlatform.SWEEP_INTERVAL on each instance
        Thread.sleep(Duration.ofSeconds(24));
        Map<String, Rounds> after = sweepRoundsPerInstance(stack, instances);

        long fired = 0;
        long ran = 0;
        for (String instance : instances) {
            fired += after.get(instance).total() - before.get(instance).total();
            ran += after.get(instance).claimed() - before.get(instance).claimed();
        }
        long rows = new PlatformData(stack.settings()).count("progress",
                "select count(*) from job_round where job = any(?)", Set.of("alert-sweep"));
        System.out.printf("Scale-out: in %d s the alert sweep fired %d times on %d instances and ran %d rounds (%s)%n",
                Duration.between(started, Instant.now()).toSeconds(), fired, instances.size(), ran, after);
        // Each instance fires once per interval; together they fire twice per round, and one of each pair runs it
        assertThat(fired).as("times the schedulers fired").isGreaterThanOrEqualTo(8);
        assertThat(ran).as("rounds run of %d firings", fired).isPositive().isLessThanOrEqualTo(fired / 2 + 1);
        assertThat(rows).as("the sweep's round record").isEqualTo(1);
    }

    private record Rounds(long claimed, long refused) {
        long total() {
            return claimed + refused;
        }
    }

    private static Map<String, Rounds> sweepRoundsPerInstance(LocalStack stack, List<String> instances) {
        Map<String, Rounds> rounds = new HashMap<>();
        instances.forEach(instance -> rounds.put(instance, sweepRounds(stack, instance)));
        return rounds;
    }

    private static Rounds sweepRounds(LocalStack stack, String instance) {
        String metrics = metricsOf(stack, instance);
        return new Rounds(sample(metrics, "upright_job_rounds_total\\{[^}]*claimed=\"true\"[^}]*job=\"alert-sweep\"[^}]*}"),
                sample(metrics, "upright_job_rounds_total\\{[^}]*claimed=\"false\"[^}]*job=\"alert-sweep\"[^}]*}"));
    }

    /** Sessions each progress-service instance answered 201 for, from its own HTTP metrics. */
    private static Map<String, Long> sessionWritesPerInstance(LocalStack stack) {
        Map<String, Long> writes = new HashMap<>();
        for (String instance : stack.instancesOf("progress-service")) {
            writes.put(instance, sample(metricsOf(stack, instance),
                    "http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"201\"[^}]*uri=\"/api/v1/sessions\"[^}]*}"));
        }
        return writes;
    }

    private static long sample(String metrics, String series) {
        Matcher value = Pattern.compile("^" + series + " (?<value>[0-9.E+]+)$", Pattern.MULTILINE).matcher(metrics);
        long sum = 0;
        while (value.find()) {
            sum += (long) Double.parseDouble(value.group("value"));
        }
        return sum;
    }

    private static String metricsOf(LocalStack stack, String instance) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + stack.portOf(instance) + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs the client's next planned session as prescribed, from the plan as it is now (progression may change it). */
    private static UUID logOne(Api api, String gateway, ClientWithPlan client, String key) {
        String token = api.cachedLogin("theo", Tokens.DEMO_PASSWORD);
        List<PlannedSession> sessions = PlannedSession.of(Api.expect(api.get(gateway + "/api/v1/plans/"
                + client.planId(), token), "The plan", 200).body());
        PlannedSession session = sessions.get(Math.floorMod(key.hashCode(), sessions.size()));
        String body = SessionBody.of(client.clientId().toString(), session.id(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(1),
                session.exercises().stream().map(e -> SessionBody.Entry.asPrescribed(e, 8)).toList());
        var answer = Api.expect(api.send(gateway + "/api/v1/sessions", token, "POST", body, key), "Logging " + key, 201);
        return UUID.fromString(answer.body().get("id").asText());
    }

    private static Admin admin(StackSettings settings) {
        var props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + settings.kafkaPort());
        return Admin.create(props);
    }
}
