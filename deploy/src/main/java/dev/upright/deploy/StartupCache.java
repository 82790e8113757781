package dev.upright.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a service's JVM keeps between starts, so that the next start does not load, verify and profile every class
 * again. On Java 25 and later that is an AOT cache: the first start of a build records it and writes it when the
 * service stops (which then takes some seconds longer), and later starts map the classes already linked and
 * compile the hot methods with the profiles of that run. On Java 21 to 24 it is a dynamic class-data archive.
 * A cache lives beside the build it was made from and is made again once that build is newer.
 */
record StartupCache(Path directory, String service, int javaFeature) {

    /** The first Java release with the AOT cache and its one-step creation (JEP 483, 514, 515). */
    static final int AOT_CACHE_RELEASE = 25;

    /** The JVM options for a start of {@code build} (the service's {@code quarkus-app} folder). */
    List<String> jvmOptions(Path build) {
        Path file = file();
        try {
            Files.createDirectories(directory);
            if (Files.exists(file) && Files.getLastModifiedTime(file).compareTo(newest(build)) < 0) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the startup cache " + file, e);
        }
        if (javaFeature >= AOT_CACHE_RELEASE) {
            String use = Files.exists(file) ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=";
            return List.of(use + file, "-Xlog:aot=off", "-Xlog:cds=off");
        }
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + file, "-Xlog:cds=off");
    }

    Path file() {
        return directory.resolve(service + (javaFeature >= AOT_CACHE_RELEASE ? ".aot" : ".jsa"));
    }

    private static FileTime newest(Path build) throws IOException {
        try (Stream<Path> files = Files.walk(build)) {
            return files.filter(Files::isRegularFile).map(StartupCache::modified)
                    .max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
