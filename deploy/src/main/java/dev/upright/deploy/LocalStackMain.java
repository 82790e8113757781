package dev.upright.deploy;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code deploy/local/up.sh} runs this: starts the local stack, prints where to go and how to log in,
 * and keeps it running until Ctrl-C (or {@code down.sh}) stops it.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path root = Path.of(System.getProperty("upright.root", ".")).toAbsolutePath().normalize();
        StackSettings settings;
        try {
            settings = StackSettings.fromEnvironment(root, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path data = settings.dataDirectory();
        Path pidFile = data.resolve("stack.pid");
        Path readyFile = data.resolve("stack.ready");
        Optional<Long> running = runningPid(pidFile);
        if (running.isPresent()) {
            System.err.println("The local stack is already running (pid " + running.get()
                    + "). Stop it with deploy/local/down.sh first.");
            System.exit(3);
        }
        if (options.contains("--fresh")) {
            System.out.println("--fresh: deleting all local data in " + data);
            deleteRecursively(data);
        }
        // Only a data folder this start creates gets the demo: existing data (maybe a clinic's own) is left as it is
        boolean newData = holdsNoData(data);
        Files.createDirectories(data.resolve("logs"));
        Files.deleteIfExists(readyFile);
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));

        LocalStack stack = LocalStack.prepare(settings, System.out);
        var stopped = new CountDownLatch(1);
        // Installed before anything starts, so Ctrl-C during start-up also leaves nothing behind
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the platform...");
            stack.close();
            try {
                Files.deleteIfExists(readyFile);
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // nothing more to clean
            }
            System.out.println("Stopped. Data kept in " + data + " (up.sh --fresh starts empty).");
            stopped.countDown();
        }, "local-stack-stop"));

        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("The platform did not start: " + e.getMessage());
            System.err.println("Logs: " + data.resolve("logs"));
            System.exit(1);
            return;
        }

        // Before the summary and the ready file: up.sh --detach returns once the demo data is there too
        String demo = DemoOnFirstStart.run(settings, options.contains("--no-demo"), newData, System.out);
        String summary = summary(settings, demo);
        System.out.println(summary);
        Files.writeString(readyFile, summary);
        stopped.await();
    }

    static String summary(StackSettings settings, String demo) {
        String realm = settings.keycloakUrl() + "/realms/upright";
        return """

                Upright is running.
                  Gateway (web app and API):  %1$s        API under %1$s/api/v1
                  Keycloak:                   %2$s        admin console: %2$s/admin (admin / admin)
                  Token endpoint:             %3$s/protocol/openid-connect/token
                  Logs:                       %4$s%6$s

                Demo logins (demo only; password for every user: demo)
                  Harbor Physiotherapy   anna (clinic admin), theo, tessa (therapists), clara, colin, chloe (clients)
                  Summit Coaching Studio sam (coach and clinic admin), sara, simon (clients)
                  Platform               pat (platform admin)
                  Integrations           harbor-integration / harbor-integration-demo-secret,
                                         summit-integration / summit-integration-demo-secret

                %5$s

                Try it:
                  TOKEN=$(curl -s -d grant_type=password -d client_id=upright-cli -d username=theo -d password=demo \\
                    %3$s/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -H "Authorization: Bearer $TOKEN" %1$s/api/v1/exercises

                Ctrl-C stops everything (or deploy/local/down.sh when started with --detach).
                """.formatted(settings.gatewayUrl(), settings.keycloakUrl(), realm, settings.dataDirectory().resolve("logs"), demo,
                settings.instances() == 1 ? "" : "\n  Instances:                  " + settings.instances()
                        + " of catalog-, plan- and progress-service behind the gateway (ports +"
                        + StackSettings.INSTANCE_PORT_STEP + " per instance)");
    }

    /** Nothing but what up.sh itself puts there before the launcher runs: its log folder and the stack's own files. */
    static boolean holdsNoData(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return true;
        try (var entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString())
                    .allMatch(name -> name.equals("logs") || name.equals("stack.pid") || name.equals("stack.ready"));
        }
    }

    private static Optional<Long> runningPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
