package org.scalingsuite.site.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalingsuite.core.compare.Comparison;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasets;
import org.scalingsuite.core.compare.ComparisonResult;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.site.render.MethodTables;
import org.scalingsuite.site.render.RowCounts;
import org.scalingsuite.site.render.SiteGenerator;

/**
 * The main job: run every reproduction with progress, print the summary table, compare the estimation
 * methods on every comparison data set, write the site. Exits non-zero when a claim that should reproduce
 * fails.
 */
public final class MainJob {

    /** The methods page's comparison: the defaults with 100 bootstrap resamples per method and data set. */
    public static final Comparison SITE_COMPARISON = Comparison.withDefaults().withResamples(100);

    private final DataStore store;
    private final Path siteDirectory;
    private final PrintWriter out;
    private final PrintStream err;

    public MainJob(DataStore store, Path siteDirectory, PrintWriter out, PrintStream err) {
        this.store = store;
        this.siteDirectory = siteDirectory;
        this.out = out;
        this.err = err;
    }

    /** What the main job produced: its exit code and every reproduction's report. */
    public record Outcome(int exitCode, List<ReproductionReport> reports) {

        public Outcome {
            reports = List.copyOf(reports);
        }
    }

    /** @return the exit code */
    public int run() {
        return execute().exitCode();
    }

    /** Runs the job and returns its exit code with the reports it rendered. */
    public Outcome execute() {
        long start = System.nanoTime();
        List<Reproductions.Run> runs = Reproductions.run(Reproduction.all(), store, err);
        List<ReproductionReport> reports = runs.stream().map(Reproductions.Run::report).toList();
        out.print(Reproductions.summary(runs));
        List<Table> methods = compareMethods();
        DatasetStore datasets = store instanceof DatasetStore ds ? ds : DatasetStore.standard();
        new SiteGenerator(datasets.registry(), RowCounts.from(datasets)).write(reports, methods, siteDirectory);
        out.printf("site written to %s (%.1f s in all)%n", siteDirectory.toAbsolutePath().normalize(),
                (System.nanoTime() - start) / 1e9);
        out.flush();
        return new Outcome(Reproductions.allPassed(runs) ? ExitCodes.OK : ExitCodes.CLAIMS_FAILED, reports);
    }

    /** Runs {@link #SITE_COMPARISON} on every comparison data set, with progress, for the methods page. */
    private List<Table> compareMethods() {
        boolean interactive = ProgressDisplay.interactiveTerminal();
        List<Table> tables = new ArrayList<>();
        for (ComparisonDataset dataset : ComparisonDatasets.all()) {
            ProgressDisplay progress = new ProgressDisplay(err, "methods: " + dataset.id(), interactive);
            long start = System.nanoTime();
            ComparisonResult result = SITE_COMPARISON.run(dataset, store, progress);
            progress.finish(String.format(Locale.ROOT, "%d methods, %d failed, in %.1f s", result.scores().size(),
                    result.failures(), (System.nanoTime() - start) / 1e9));
            if (tables.isEmpty()) {
                tables.add(MethodTables.descriptions(result));
            }
            tables.add(MethodTables.of(dataset, result, SITE_COMPARISON.resamples(), SITE_COMPARISON.confidence()));
        }
        return tables;
    }

    /**
     * @return {@code site/} beside the running jar (so {@code site/target/scalingsuite.jar} writes
     *         {@code site/target/site/}), or {@code site/target/site} under the working directory otherwise
     */
    public static Path defaultSiteDirectory() {
        try {
            var source = MainJob.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return location.getParent().resolve("site");
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall back to the working directory
        }
        return Path.of("site", "target", "site");
    }
}
