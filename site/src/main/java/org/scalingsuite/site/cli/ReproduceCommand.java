package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.site.format.Json;
import org.scalingsuite.site.format.Numbers;
import org.scalingsuite.site.format.ReportJson;
import org.scalingsuite.site.format.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reproduce [ID...]}: runs reproductions and prints every claim, as a table or as JSON. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run reproductions (all when no id is given) and print every claim: published and "
                + "reproduced value, tolerance, expectation and status. Exits 1 when a claim that should "
                + "reproduce fails.")
public final class ReproduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "Reproduction ids (module folder names), e.g. chinchilla.")
    List<String> ids;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    /** Output formats. */
    enum Format {
        text,
        json
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Reproductions.Run> runs = Reproductions.run(Reproductions.select(spec.commandLine(), ids),
                DatasetStore.standard(), System.err);
        List<ReproductionReport> reports = runs.stream().map(Reproductions.Run::report).toList();
        if (format == Format.json) {
            out.println(Json.write(ReportJson.of(reports)));
        } else {
            for (ReproductionReport r : reports) {
                out.println(r.paper().citation() + ": " + r.paper().title() + " [" + r.id() + "]");
                out.println(claimsTable(r));
            }
            out.print(Reproductions.summary(runs));
        }
        out.flush();
        return Reproductions.allPassed(runs) ? ExitCodes.OK : ExitCodes.CLAIMS_FAILED;
    }

    static String claimsTable(ReproductionReport report) {
        TextTable table = new TextTable("claim", "location", ">published", ">reproduced", "tolerance", "expect",
                "status");
        for (ClaimResult c : report.claims()) {
            String location = c.claim().location();
            if (location.length() > 48) {
                location = location.substring(0, 47) + "…";
            }
            String published = switch (c.claim().comparison()) {
                case APPROX -> Numbers.format(c.claim().published());
                case AT_MOST -> "<= " + Numbers.format(c.claim().published());
                case AT_LEAST -> ">= " + Numbers.format(c.claim().published());
                case BETWEEN -> Numbers.format(c.claim().published()) + " to "
                        + Numbers.format(c.claim().publishedUpper());
            };
            table.row(c.claim().id(), location, published, Double.isNaN(c.reproduced()) ? "-"
                    : Numbers.format(c.reproduced()), c.claim().tolerance().toString(),
                    c.claim().expectation().name(), c.status().name());
        }
        return table.toString();
    }
}
