package dev.upright.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path target;

    @Test
    void shouldRecordACacheOnTheFirstStartOfABuildOnJava25() throws IOException {
        Path build = build(Instant.parse("2026-12-01T10:00:00Z"));
        var cache = new StartupCache(target.resolve("startup-cache"), "plan-service", 25);

        assertThat(cache.jvmOptions(build)).first().isEqualTo("-XX:AOTCacheOutput=" + cache.file());
        assertThat(cache.file().getFileName()).hasToString("plan-service.aot");
    }

    @Test
    void shouldUseTheCacheThatIsNewerThanTheBuild() throws IOException {
        Path build = build(Instant.parse("2026-12-01T10:00:00Z"));
        var cache = cacheWrittenAt(build, Instant.parse("2026-12-01T10:05:00Z"));

        assertThat(cache.jvmOptions(build)).first().isEqualTo("-XX:AOTCache=" + cache.file());
    }

    @Test
    void shouldRecordAgainOnceTheBuildIsNewerThanTheCache() throws IOException {
        Path build = build(Instant.parse("2026-12-01T10:00:00Z"));
        var cache = cacheWrittenAt(build, Instant.parse("2026-12-01T10:05:00Z"));
        written(build.resolve("app/plan-service.jar"), Instant.parse("2026-12-02T08:00:00Z"));

        assertThat(cache.jvmOptions(build)).first().isEqualTo("-XX:AOTCacheOutput=" + cache.file());
        assertThat(cache.file()).doesNotExist();
    }

    @Test
    void shouldKeepAClassDataArchiveBeforeJava25() throws IOException {
        Path build = build(Instant.parse("2026-12-01T10:00:00Z"));
        var cache = new StartupCache(target.resolve("startup-cache"), "gateway", 21);

        assertThat(cache.jvmOptions(build)).startsWith("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + target.resolve("startup-cache/gateway.jsa"));
    }

    /** The plan-service cache on Java 25 after a first start of {@code build} wrote it at {@code at}. */
    private StartupCache cacheWrittenAt(Path build, Instant at) throws IOException {
        var cache = new StartupCache(target.resolve("startup-cache"), "plan-service", 25);
        cache.jvmOptions(build);
        written(cache.file(), at);
        return cache;
    }

    private Path build(Instant at) throws IOException {
        Path build = target.resolve("quarkus-app");
        written(build.resolve("quarkus-run.jar"), at);
        written(build.resolve("app/plan-service.jar"), at);
        return build;
    }

    private static void written(Path file, Instant at) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(at));
    }
}
