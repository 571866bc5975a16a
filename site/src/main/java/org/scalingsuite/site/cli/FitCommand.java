package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.Identifiability;
import org.scalingsuite.core.law.ChinchillaAllocation;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.datasets.runs.RunsCsv;
import org.scalingsuite.site.fit.ChinchillaFit;
import org.scalingsuite.site.format.Json;
import org.scalingsuite.site.format.Numbers;
import org.scalingsuite.site.format.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fit --data FILE.csv --law chinchilla}: fits a law to a user's runs, with bootstrap intervals. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a scaling law to your own training runs and print the parameters with bootstrap "
                + "confidence intervals.",
            "The CSV needs the columns params (parameter count), tokens (training tokens) and loss, found by "
                + "header name; other columns are ignored.",
            "Method: Huber (delta 1e-3) on log residuals, L-BFGS-B from Hoffmann et al.'s 4,500 starts, "
                + "bootstrap refits from the best fit."})
public final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "The runs to fit.")
    Path data;

    @Option(names = "--law", defaultValue = "chinchilla",
            description = "The law: ${COMPLETION-CANDIDATES} (L = E + A/N^alpha + B/D^beta). Default: ${DEFAULT-VALUE}.")
    LawChoice law;

    /** Supported laws. */
    enum LawChoice {
        chinchilla
    }

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    ReproduceCommand.Format format;

    @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
            description = "Bootstrap resamples for the intervals; 0 disables them. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--seed", defaultValue = "0", description = "Bootstrap seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--confidence", defaultValue = "0.95",
            description = "Confidence level of the percentile intervals. Default: ${DEFAULT-VALUE}.")
    double confidence;

    @Option(names = "--delta", defaultValue = "1e-3",
            description = "Huber delta on log residuals. Default: ${DEFAULT-VALUE}.")
    double delta;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all processors.")
    Integer threads;

    @Option(names = "--predict", paramLabel = "PARAMS:TOKENS", split = ",",
            description = "Predict the loss at these sizes, e.g. --predict 7e10:1.4e12 (repeatable).")
    List<String> predictions = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the result to FILE instead of standard output; written only when the fit "
                    + "finishes, never partially.")
    Path output;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (resamples < 0 || resamples == 1) {
            throw new CommandLine.ParameterException(cl, "--bootstrap must be 0 or at least 2: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(cl, "--confidence must be between 0 and 1: " + confidence);
        }
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new CommandLine.ParameterException(cl, "--delta must be positive: " + delta);
        }
        List<double[]> points = new ArrayList<>();
        for (String p : predictions) {
            points.add(parsePoint(cl, p));
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1: " + workers);
        }
        Observations runs = RunsCsv.read(data, ChinchillaLaw.PARAMETERS.size() + 1);
        ProgressDisplay progress = new ProgressDisplay(System.err, "fit", ProgressDisplay.interactiveTerminal());
        ChinchillaFit result = ChinchillaFit.run(runs,
                new ChinchillaFit.Settings(resamples, seed, confidence, workers, delta),
                fraction -> progress.update(resamples > 0 && fraction > 0.5 ? "bootstrap" : "4,500-start fit",
                        fraction));
        progress.finish("done");
        String rendered = format == ReproduceCommand.Format.json ? Json.write(json(runs, result, points)) + "\n"
                : text(runs, result, points);
        if (output != null) {
            AtomicFiles.writeString(output, rendered);
        } else {
            PrintWriter out = cl.getOut();
            out.print(rendered);
            out.flush();
        }
        boolean identified = Identifiability.at(ChinchillaLaw.instance(), runs, result.direct()).identified();
        return result.fit().best().converged() && identified ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    private static double[] parsePoint(CommandLine cl, String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length == 2) {
                double n = Double.parseDouble(parts[0]);
                double d = Double.parseDouble(parts[1]);
                if (n > 0 && d > 0 && Double.isFinite(n) && Double.isFinite(d)) {
                    return new double[] {n, d};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(cl,
                "--predict expects PARAMS:TOKENS with positive numbers, e.g. 7e10:1.4e12; got '" + text + "'");
    }

    private String text(Observations runs, ChinchillaFit result, List<double[]> points) {
        FitResult best = result.fit().best();
        StringBuilder sb = new StringBuilder();
        sb.append("Fitted ").append(ChinchillaLaw.instance().formula()).append(" to ").append(runs.size())
                .append(" runs from ").append(data).append('\n');
        sb.append("method: Huber (delta=").append(delta).append(") on log residuals; L-BFGS-B from ")
                .append(result.fit().starts()).append(" starts (Hoffmann et al. grid); best converged start\n");
        sb.append("objective: ").append(Numbers.format(best.objective(), 9)).append(" (")
                .append(best.converged() ? "converged: " : "NOT CONVERGED: ").append(best.detail()).append(")\n");
        for (String w : best.warnings()) {
            sb.append("warning: ").append(w).append('\n');
        }
        String level = Numbers.format(100 * confidence) + "%";
        TextTable table = new TextTable("parameter", ">estimate", ">std. error", ">" + level + " lower",
                ">" + level + " upper");
        double[] se = result.bootstrap() == null ? null : result.bootstrap().standardErrors();
        double[][] interval = result.bootstrap() == null ? null : result.bootstrap().percentileInterval(confidence);
        for (int j = 0; j < result.names().size(); j++) {
            table.row(result.names().get(j), Numbers.format(result.direct()[j]),
                    se == null ? "-" : Numbers.format(se[j], 4), interval == null ? "-" : Numbers.format(interval[j][0]),
                    interval == null ? "-" : Numbers.format(interval[j][1]));
        }
        sb.append(table);
        if (result.bootstrap() != null) {
            sb.append(String.format(Locale.ROOT, "bootstrap: %d resamples (seed %d), %d refits did not converge%n",
                    result.bootstrap().resamples(), seed, result.bootstrap().failures()));
        }
        ChinchillaAllocation allocation = ChinchillaAllocation.of(result.direct());
        sb.append("compute-optimal scaling: N_opt ~ C^").append(Numbers.format(allocation.parameterExponent(), 4))
                .append(", D_opt ~ C^").append(Numbers.format(allocation.tokenExponent(), 4)).append('\n');
        if (!points.isEmpty()) {
            TextTable p = new TextTable(">params", ">tokens", ">predicted loss", ">" + level + " lower",
                    ">" + level + " upper");
            for (double[] pt : points) {
                double[] iv = result.predictionInterval(pt[0], pt[1]);
                p.row(Numbers.format(pt[0]), Numbers.format(pt[1]), Numbers.format(result.predict(pt[0], pt[1])),
                        iv == null ? "-" : Numbers.format(iv[0]), iv == null ? "-" : Numbers.format(iv[1]));
            }
            sb.append(p);
        }
        return sb.toString();
    }

    private Map<String, Object> json(Observations runs, ChinchillaFit result, List<double[]> points) {
        FitResult best = result.fit().best();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("data", data.toString());
        root.put("runs", runs.size());
        root.put("law", ChinchillaLaw.instance().formula());
        root.put("method", "Huber (delta=" + delta + ") on log residuals; L-BFGS-B from Hoffmann et al.'s "
                + result.fit().starts() + "-start grid");
        root.put("objective", best.objective());
        root.put("converged", best.converged());
        root.put("termination", best.detail());
        root.put("warnings", best.warnings());
        double[] se = result.bootstrap() == null ? null : result.bootstrap().standardErrors();
        double[][] interval = result.bootstrap() == null ? null : result.bootstrap().percentileInterval(confidence);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int j = 0; j < result.names().size(); j++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("estimate", result.direct()[j]);
            p.put("standard_error", se == null ? null : se[j]);
            p.put("lower", interval == null ? null : interval[j][0]);
            p.put("upper", interval == null ? null : interval[j][1]);
            parameters.put(result.names().get(j), p);
        }
        root.put("parameters", parameters);
        root.put("confidence", confidence);
        if (result.bootstrap() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("resamples", result.bootstrap().resamples());
            b.put("seed", seed);
            b.put("not_converged", result.bootstrap().failures());
            root.put("bootstrap", b);
        }
        ChinchillaAllocation allocation = ChinchillaAllocation.of(result.direct());
        Map<String, Object> exponents = new LinkedHashMap<>();
        exponents.put("a", allocation.parameterExponent());
        exponents.put("b", allocation.tokenExponent());
        root.put("compute_optimal_exponents", exponents);
        List<Object> predicted = new ArrayList<>();
        for (double[] pt : points) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("params", pt[0]);
            p.put("tokens", pt[1]);
            p.put("loss", result.predict(pt[0], pt[1]));
            double[] iv = result.predictionInterval(pt[0], pt[1]);
            p.put("lower", iv == null ? null : iv[0]);
            p.put("upper", iv == null ? null : iv[1]);
            predicted.add(p);
        }
        root.put("predictions", predicted);
        return root;
    }
}
