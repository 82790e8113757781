package dev.upright.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.upright.deploy.demo.DemoClinics;

/**
 * The local stack's demo data: seeded on the start that creates the data folder, after everything is up, so a
 * first login finds a caseload. A folder that already held data (from before the demo existed, or started with
 * {@code --no-demo}) never gets it: it may be someone's own. A marker file remembers the seeding ({@code up.sh
 * --fresh} wipes the folder, marker included, and so seeds again). Seeding is a convenience: when it fails the
 * stack keeps running and says so.
 */
final class DemoOnFirstStart {

    static final String MARKER = "demo-seeded";

    private DemoOnFirstStart() {
    }

    /** @return the line the start-up summary shows about the demo data */
    static String run(StackSettings settings, boolean skip, boolean newData, PrintStream out) {
        Path marker = settings.dataDirectory().resolve(MARKER);
        if (Files.exists(marker)) {
            return seededLine();
        }
        if (skip) {
            return "Demo clinics: not seeded (--no-demo); up.sh --fresh starts over with them.";
        }
        if (!newData) {
            return "Demo clinics: not seeded, as this data folder held data before; up.sh --fresh starts over with them.";
        }
        out.print("Seeding demo clinics (first start only; up.sh --no-demo skips it)... ");
        out.flush();
        long started = System.nanoTime();
        DemoClinics.Seeded seeded;
        try {
            seeded = new DemoClinics(settings.gatewayUrl(), settings.keycloakUrl()).seed();
        } catch (RuntimeException e) {
            out.println("failed.");
            out.println("WARNING: the demo clinics were not (fully) seeded: " + e.getMessage());
            out.println("         The platform runs without a complete demo; up.sh --fresh starts over and seeds again.");
            // Marked all the same: seeding again on this data would add a second set of the clients made so far
            mark(marker, "failed: " + e.getMessage());
            return "Demo clinics: seeding failed (see above); up.sh --fresh starts over and seeds again.";
        }
        out.printf("done in %.0f s: %d clients, %d sessions, %d open alerts%n", (System.nanoTime() - started) / 1e9,
                seeded.clients(), seeded.sessions(), seeded.openAlerts());
        seeded.warnings().forEach(w -> out.println("  note: " + w));
        mark(marker, "seeded: " + seeded);
        return seededLine();
    }

    private static String seededLine() {
        return "Demo clinics: seeded with clients, active plans, four weeks of sessions and open alerts. Log in as\n"
                + "  theo to see a seeded caseload (up.sh --fresh starts over with a new copy).";
    }

    private static void mark(Path marker, String content) {
        try {
            Files.writeString(marker, content + System.lineSeparator());
        } catch (IOException e) {
            System.err.println("Could not write " + marker + ": " + e.getMessage());
        }
    }
}
