package dev.upright.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the local stack seeds the demo clinics: never into data that was there before, nor twice. */
class DemoOnFirstStartTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void shouldLeaveADataFolderThatHeldDataBeforeUnseeded() {
        String line = DemoOnFirstStart.run(settings(), false, false, new PrintStream(printed));

        assertThat(line).contains("not seeded").contains("--fresh");
        assertThat(printed.toString()).doesNotContain("Seeding");
        assertThat(data.resolve(DemoOnFirstStart.MARKER)).doesNotExist();
    }

    @Test
    void shouldNotSeedWhenToldNotTo() {
        assertThat(DemoOnFirstStart.run(settings(), true, true, new PrintStream(printed))).contains("--no-demo");
        assertThat(printed.toString()).doesNotContain("Seeding");
    }

    @Test
    void shouldNotSeedASecondTime() throws Exception {
        Files.writeString(data.resolve(DemoOnFirstStart.MARKER), "seeded");

        assertThat(DemoOnFirstStart.run(settings(), false, true, new PrintStream(printed))).contains("seeded with clients");
        assertThat(printed.toString()).doesNotContain("Seeding");
    }

    @Test
    void shouldCountAFolderHoldingOnlyUpShsLogsAsNew() throws Exception {
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs").resolve("stack.log"), "starting");
        assertThat(LocalStackMain.holdsNoData(data)).isTrue();

        Files.createDirectories(data.resolve("postgres"));
        assertThat(LocalStackMain.holdsNoData(data)).isFalse();
    }

    /** Ports nobody listens on: any attempt to seed would fail loudly rather than pass. */
    private StackSettings settings() {
        return new StackSettings(data, data, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    }
}
