package dev.upright.deploy.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.upright.deploy.bench.Benchmark.Criterion;

/** The result table on stdout, docs/benchmarks.md and a bar chart of each row against its target. */
final class Report {

    private final List<Criterion> criteria;
    private final List<String> details;
    private final Map<String, String> environment;
    private final Benchmark.Options options;
    private final String date;

    Report(List<Criterion> criteria, List<String> details, Map<String, String> environment, Benchmark.Options options,
           String date) {
        // Measured in the order that keeps the system quiet where it must be; shown by row
        this.criteria = criteria.stream().sorted(java.util.Comparator.comparing(Criterion::row)).toList();
        this.details = details;
        this.environment = environment;
        this.options = options;
        this.date = date;
    }

    String table() {
        StringBuilder b = new StringBuilder();
        b.append("| row | what | reference | measured | target | met |\n|---|---|---|---|---|---|\n");
        for (Criterion c : criteria) {
            b.append("| ").append(c.row()).append(" | ").append(c.what()).append(" | ").append(c.reference())
                    .append(" | ").append(c.measured()).append(" | ").append(c.target()).append(" | ")
                    .append(c.met() ? "yes" : "no").append(" |\n");
        }
        return b.toString();
    }

    void print(PrintStream out) {
        out.println();
        out.print(table());
        long met = criteria.stream().filter(Criterion::met).count();
        out.printf("%n%d of %d targets met.%n", met, criteria.size());
    }

    void write(Path markdown, Path chart) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("The speed table of the platform, measured in one run of `").append(options.command())
                .append("` on a fresh local stack (gateway rate limits off), seeded through the public API. ")
                .append("Each row's reference is measured in the same run. How each row is measured: `deploy/bench/README.md`.")
                .append(options.quick() ? " **Quick run** (`--quick`): short durations, figures are rough." : "")
                .append("\n\n");
        b.append(table());
        long met = criteria.stream().filter(Criterion::met).count();
        b.append("\n").append(met).append(" of ").append(criteria.size()).append(" targets met.\n\n");
        b.append("![Each row against its target](benchmarks.png)\n\n");
        b.append("## Details\n\n");
        for (String d : details) b.append(d.startsWith("- ") ? d : "\n" + d).append('\n');
        b.append("\n## Where it ran\n\n| | |\n|---|---|\n");
        environment.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append("| Date | ").append(date).append(" |\n");
        b.append("| Command | `").append(options.command()).append("` |\n");
        b.append("\nThe load generator runs on the same machine and shares its cores with the whole stack.\n");
        Files.createDirectories(markdown.getParent());
        Files.writeString(markdown, b.toString());
        ImageIO.write(chart(), "png", chart.toFile());
    }

    /** One bar per target: how much of it was reached, so 100% is the line every bar should cross. */
    private BufferedImage chart() {
        int rowHeight = 30;
        int left = 330;
        int width = 1000;
        int top = 60;
        int height = top + criteria.size() * rowHeight + 50;
        int plotWidth = width - left - 90;
        double max = 2.0; // longer bars are cut at 200%
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Share of each target reached (100% = met; for latency and time targets: target / measured)", 20, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(date + (options.quick() ? " (quick run)" : ""), 20, 45);
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            int y = top + i * rowHeight;
            g.setColor(Color.DARK_GRAY);
            String label = "row " + c.row() + ": " + c.target() + (c.what().startsWith("the same, right after") ? " (after burst)"
                    : c.what().contains("quiet system") ? " (quiet)" : c.what().startsWith("loss check after the pain") ? " (row 5)" : "");
            g.drawString(label, 20, y + 19);
            double share = Double.isFinite(c.attainment()) ? Math.max(0, c.attainment()) : 0;
            int bar = (int) Math.round(Math.min(share, max) / max * plotWidth);
            g.setColor(c.met() ? new Color(0x3a9a5b) : new Color(0xc8553d));
            g.fillRect(left, y + 6, Math.max(bar, 1), rowHeight - 12);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f%%", share * 100), left + bar + 6, y + 19);
        }
        int hundred = left + plotWidth / 2;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        g.drawLine(hundred, top - 4, hundred, top + criteria.size() * rowHeight + 4);
        g.setStroke(new BasicStroke(1f));
        g.drawString("100%", hundred - 14, top + criteria.size() * rowHeight + 20);
        g.drawString("0%", left - 6, top + criteria.size() * rowHeight + 20);
        g.drawString("200%", left + plotWidth - 14, top + criteria.size() * rowHeight + 20);
        g.dispose();
        return image;
    }
}
