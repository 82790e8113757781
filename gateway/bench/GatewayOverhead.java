import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gateway costs: the same authenticated GET sent through the gateway and straight to the
 * service that owns it, by a fixed number of concurrent callers for a fixed time, after a warm-up. The
 * two targets take turns (several rounds, alternating which goes first) so a busy machine slows both alike.
 * Needs only a JDK and the running local stack; run it as a source file:
 *
 *   java gateway/bench/GatewayOverhead.java [--concurrency 16] [--seconds 15] [--rounds 2] [--warmup 10]
 *        [--path '/api/v1/exercises?size=20'] [--user theo] [--password demo]
 *
 * Ports follow the local stack's variables (UPRIGHT_GATEWAY_PORT, UPRIGHT_CATALOG_PORT, UPRIGHT_KEYCLOAK_PORT);
 * --direct-port names the service port when the path belongs to another service. The gateway's rate limits
 * must be off or high enough (UPRIGHT_GATEWAY_RATE_LIMIT_ENABLED=false when starting the stack).
 */
public class GatewayOverhead {

    record Result(long ok, long failed, Map<Integer, Long> statuses, double seconds, long[] latenciesNanos) {

        double perSecond() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }

        static Result combine(List<Result> results) {
            long ok = 0;
            long failed = 0;
            double seconds = 0;
            Map<Integer, Long> statuses = new TreeMap<>();
            List<long[]> all = new ArrayList<>();
            for (Result r : results) {
                ok += r.ok;
                failed += r.failed;
                seconds += r.seconds;
                r.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
                all.add(r.latenciesNanos);
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(ok, failed, statuses, seconds, merged);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        String path = options.getOrDefault("path", "/api/v1/exercises?size=20");
        String gateway = "http://localhost:" + options.getOrDefault("gateway-port", env("UPRIGHT_GATEWAY_PORT", "8080"));
        String direct = "http://localhost:" + options.getOrDefault("direct-port", env("UPRIGHT_CATALOG_PORT", "8081"));
        String keycloak = "http://localhost:" + options.getOrDefault("keycloak-port", env("UPRIGHT_KEYCLOAK_PORT", "8180"));
        String user = options.getOrDefault("user", "theo");
        String password = options.getOrDefault("password", "demo"); // demo credentials of the local realm

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(client, keycloak, user, password);
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("through the gateway", gateway + path);
        targets.put("direct to the service", direct + path);

        for (String url : targets.values()) {
            HttpResponse<String> probe = client.send(get(url, token), HttpResponse.BodyHandlers.ofString());
            if (probe.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + probe.statusCode() + ": " + probe.body());
            }
        }
        System.out.printf("GET %s, %d concurrent callers, warm-up %d s each, %d rounds of %d s each%n", path,
                concurrency, warmup.toSeconds(), rounds, measure.toSeconds());
        for (String url : targets.values()) {
            run(client, url, token, concurrency, warmup);
        }

        Map<String, List<Result>> results = new LinkedHashMap<>();
        targets.keySet().forEach(name -> results.put(name, new ArrayList<>()));
        List<String> names = new ArrayList<>(targets.keySet());
        for (int round = 0; round < rounds; round++) {
            // A fresh token each round: the realm's tokens live only minutes
            token = token(client, keycloak, user, password);
            List<String> order = round % 2 == 0 ? names : names.reversed();
            for (String name : order) {
                Result result = run(client, targets.get(name), token, concurrency, measure);
                results.get(name).add(result);
                System.out.printf("  round %d %-22s %8.0f req/s  p99 %6.1f ms%n", round + 1, name,
                        result.perSecond(), result.percentileMillis(99));
            }
        }

        System.out.println();
        System.out.println("| target | requests/s | p50 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        Map<String, Result> combined = new LinkedHashMap<>();
        results.forEach((name, list) -> combined.put(name, Result.combine(list)));
        combined.forEach((name, r) -> System.out.printf("| %s | %.0f | %.1f | %.1f | %.1f | %d %s |%n", name,
                r.perSecond(), r.percentileMillis(50), r.percentileMillis(99), r.percentileMillis(100), r.failed,
                r.failed == 0 ? "" : r.statuses));
        Result via = combined.get(names.get(0));
        Result straight = combined.get(names.get(1));
        System.out.printf("%nGateway overhead: %.0f%% of the direct throughput, p99 +%.1f ms, p50 +%.1f ms%n",
                100 * via.perSecond() / straight.perSecond(),
                via.percentileMillis(99) - straight.percentileMillis(99),
                via.percentileMillis(50) - straight.percentileMillis(50));
    }

    /** {@code concurrency} callers, each sending the next request as soon as its last one is answered. */
    static Result run(HttpClient client, String url, String token, int concurrency, Duration length)
            throws InterruptedException {
        HttpRequest request = get(url, token);
        long end = System.nanoTime() + length.toNanos();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        long started = System.nanoTime();
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                long[][] mine = { new long[1 << 16] };
                int[] count = { 0 };
                callers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        int status;
                        try {
                            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        long took = System.nanoTime() - sent;
                        statuses.merge(status, 1L, Long::sum);
                        if (status != 200) {
                            failed.incrementAndGet();
                            continue;
                        }
                        ok.incrementAndGet();
                        if (count[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                        }
                        mine[0][count[0]++] = took;
                    }
                    synchronized (latencies) {
                        latencies.add(Arrays.copyOf(mine[0], count[0]));
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(ok.get(), failed.get(), new TreeMap<>(statuses), seconds, all);
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
    }

    static String token(HttpClient client, String keycloak, String user, String password) throws Exception {
        String form = "client_id=upright-cli&grant_type=password&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/upright/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No token from Keycloak (" + response.statusCode() + "): " + response.body());
        }
        return m.group(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Options are --name value pairs: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
