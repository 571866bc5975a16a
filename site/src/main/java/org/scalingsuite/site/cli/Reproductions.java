package org.scalingsuite.site.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.site.format.TextTable;
import picocli.CommandLine;

/** Selects and runs reproductions with progress and timing: shared by the main job and {@code reproduce}. */
public final class Reproductions {

    /** A finished reproduction and its wall time. */
    public record Run(ReproductionReport report, double seconds) {
    }

    private Reproductions() {
    }

    /**
     * @return the reproductions with these ids in the given order, or all (sorted by id) when none are given
     * @throws CommandLine.ParameterException for an unknown id
     */
    static List<Reproduction> select(CommandLine commandLine, List<String> ids) {
        List<Reproduction> all = Reproduction.all();
        if (ids == null || ids.isEmpty()) {
            return all;
        }
        List<Reproduction> selected = new ArrayList<>();
        for (String id : ids) {
            Reproduction r = all.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(
                    () -> new CommandLine.ParameterException(commandLine, "unknown reproduction '" + id
                            + "'; available: " + all.stream().map(Reproduction::id).toList()));
            selected.add(r);
        }
        return selected;
    }

    /** Runs each reproduction with a progress display on {@code err}. */
    static List<Run> run(List<Reproduction> reproductions, DataStore store, PrintStream err) {
        boolean interactive = ProgressDisplay.interactiveTerminal();
        List<Run> runs = new ArrayList<>();
        for (Reproduction r : reproductions) {
            ProgressDisplay progress = new ProgressDisplay(err, r.id(), interactive);
            long start = System.nanoTime();
            ReproductionReport report = r.run(store, progress);
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.finish(String.format(Locale.ROOT, "%d reproduced, %d deviate, %d failed in %.1f s",
                    report.count(ClaimStatus.REPRODUCED), report.count(ClaimStatus.DEVIATES),
                    report.count(ClaimStatus.FAILED), seconds));
            runs.add(new Run(report, seconds));
        }
        return runs;
    }

    /** @return the summary table: paper, claims reproduced / deviating / failing, wall time. */
    static String summary(List<Run> runs) {
        TextTable table = new TextTable("reproduction", "paper", ">reproduced", ">deviates", ">failed", ">time (s)");
        long[] totals = new long[3];
        double time = 0;
        for (Run run : runs) {
            ReproductionReport r = run.report();
            long ok = r.count(ClaimStatus.REPRODUCED);
            long dev = r.count(ClaimStatus.DEVIATES);
            long fail = r.count(ClaimStatus.FAILED);
            totals[0] += ok;
            totals[1] += dev;
            totals[2] += fail;
            time += run.seconds();
            table.row(r.id(), r.paper().citation(), Long.toString(ok), Long.toString(dev), Long.toString(fail),
                    String.format(Locale.ROOT, "%.1f", run.seconds()));
        }
        table.row("total", "", Long.toString(totals[0]), Long.toString(totals[1]), Long.toString(totals[2]),
                String.format(Locale.ROOT, "%.1f", time));
        return table.toString();
    }

    /** @return true when no claim failed. */
    static boolean allPassed(List<Run> runs) {
        return runs.stream().allMatch(r -> r.report().passed());
    }
}
