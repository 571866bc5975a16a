package org.scalingsuite.site.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingsuite.core.compare.BootstrapMode;
import org.scalingsuite.core.compare.BootstrapSummary;
import org.scalingsuite.core.compare.Comparison;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasets;
import org.scalingsuite.core.compare.ComparisonResult;
import org.scalingsuite.core.compare.EstimationMethod;
import org.scalingsuite.core.compare.EstimationMethods;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.core.compare.MethodFit;
import org.scalingsuite.core.compare.MethodScore;
import org.scalingsuite.core.compare.ParameterInterval;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.compare.TargetError;
import org.scalingsuite.core.objective.Kernel;
import org.scalingsuite.core.simd.Simd;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.site.format.Json;
import org.scalingsuite.site.format.Numbers;
import org.scalingsuite.site.format.TextTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code compare --dataset ID}: fits every estimation method on a data set's smaller models, scores the
 * held-out larger ones, and bootstraps the parameters; {@code compare --list} lists the data sets.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare estimation methods on a data set: fit each method on the smaller models, "
                + "predict the held-out larger ones, and bootstrap the fitted parameters.",
            "Prints, per method: convergence, relative error of each held-out run (mean and max of |error|), "
                + "parameters with bootstrap intervals, and wall times. Exits 4 when a method's fit did not "
                + "converge (its numbers are printed, flagged)."})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "ID", description = "The data set (see --list).")
    String dataset;

    @Option(names = "--list", description = "List the comparison data sets and methods, then exit.")
    boolean list;

    @Option(names = "--format", defaultValue = "text", description = "Output: ${COMPLETION-CANDIDATES}.")
    ReproduceCommand.Format format;

    @Option(names = "--methods", split = ",", paramLabel = "ID",
            description = "Only these methods (comma separated). Default: all.")
    List<String> methodIds = new ArrayList<>();

    @Option(names = "--holdout-from", paramLabel = "N|none",
            description = "Hold out the runs with at least N parameters ('none': fit every run, score nothing). "
                    + "Default: the data set's own split (see --list).")
    String holdoutFrom;

    @Option(names = "--bootstrap", defaultValue = "200", paramLabel = "N",
            description = "Bootstrap resamples of the fitted runs; 0 disables them. Default: ${DEFAULT-VALUE}.")
    int resamples;

    @Option(names = "--full-grid-bootstrap",
            description = "Refit every resample with the method's whole procedure (all 4,500 starts for the grid "
                    + "methods) instead of one fit started from the method's fit. Slow: about one grid fit per "
                    + "resample.")
    boolean fullGrid;

    @Option(names = "--kernel", defaultValue = "exact", paramLabel = "exact|simd",
            description = "How huber-log-grid computes the Chinchilla objective: exact (Math.exp and Math.log, the "
                    + "reproductions' arithmetic) or simd (four runs per instruction, the same optimum; it pays off on "
                    + "long runs such as --full-grid-bootstrap, about three times faster; start the JVM with "
                    + "java --add-modules jdk.incubator.vector -jar ...). Default: ${DEFAULT-VALUE}.")
    String kernel;

    @Option(names = "--seed", defaultValue = "0", description = "Bootstrap seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--confidence", defaultValue = "0.95",
            description = "Level of the percentile intervals. Default: ${DEFAULT-VALUE}.")
    double confidence;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: all processors.")
    Integer threads;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        List<ComparisonDataset> datasets = ComparisonDatasets.all();
        if (list) {
            out.print(format == ReproduceCommand.Format.json ? Json.write(listJson(datasets)) + "\n" : listText(datasets));
            out.flush();
            return ExitCodes.OK;
        }
        if (dataset == null) {
            throw new CommandLine.ParameterException(cl, "--dataset ID is required (or --list); data sets: "
                    + ids(datasets));
        }
        ComparisonDataset chosen = datasets.stream().filter(d -> d.id().equals(dataset)).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(cl, "unknown data set '" + dataset
                        + "'; data sets: " + ids(datasets)));
        Comparison comparison = configure(cl);
        HoldOut holdOut = holdoutFrom == null ? chosen.holdOut() : parseHoldOut(cl, holdoutFrom);
        long t0 = System.nanoTime();
        RunSet runs = chosen.load(DatasetStore.standard());
        ProgressDisplay progress = new ProgressDisplay(System.err, "compare " + chosen.id(),
                ProgressDisplay.interactiveTerminal());
        ComparisonResult result;
        try {
            result = comparison.run(chosen.id(), runs, holdOut, progress);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.finish(String.format(Locale.ROOT, "done in %.1f s", seconds));
        if (format == ReproduceCommand.Format.json) {
            out.println(Json.write(json(chosen, comparison, result, seconds)));
        } else {
            out.print(text(chosen, comparison, result, seconds));
        }
        out.flush();
        return result.failures() == 0 ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }

    private Comparison configure(CommandLine cl) {
        if (resamples < 0 || resamples == 1) {
            throw new CommandLine.ParameterException(cl, "--bootstrap must be 0 or at least 2: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(cl, "--confidence must be between 0 and 1: " + confidence);
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1: " + workers);
        }
        if (fullGrid && resamples == 0) {
            throw new CommandLine.ParameterException(cl, "--full-grid-bootstrap needs --bootstrap N with N >= 2");
        }
        Kernel objectiveKernel = parseKernel(cl, kernel);
        List<EstimationMethod> methods = new ArrayList<>();
        for (String id : methodIds) {
            methods.add(EstimationMethods.byId(id).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "unknown method '" + id + "'; methods: " + methodList())));
        }
        if (objectiveKernel == Kernel.SIMD) {
            List<EstimationMethod> chosen = methods.isEmpty() ? EstimationMethods.standard() : methods;
            if (chosen.stream().noneMatch(m -> m.id().equals("huber-log-grid"))) {
                throw new CommandLine.ParameterException(cl,
                        "--kernel simd applies to huber-log-grid, which --methods does not include");
            }
            methods = new ArrayList<>();
            for (EstimationMethod m : chosen) {
                methods.add(m.id().equals("huber-log-grid") ? EstimationMethods.huberLogGrid(Kernel.SIMD) : m);
            }
        }
        Comparison c = Comparison.withDefaults().withResamples(resamples).withSeed(seed).withConfidence(confidence)
                .withThreads(workers).withBootstrapMode(fullGrid ? BootstrapMode.FULL_GRID : BootstrapMode.WARM_START);
        return methods.isEmpty() ? c : c.withMethods(methods);
    }

    private static Kernel parseKernel(CommandLine cl, String text) {
        switch (text) {
            case "exact":
                return Kernel.EXACT;
            case "simd":
                if (!Simd.available()) {
                    throw new CommandLine.ParameterException(cl, "--kernel simd needs the Vector API: start the JVM "
                            + "with java --add-modules jdk.incubator.vector -jar ...");
                }
                return Kernel.SIMD;
            default:
                throw new CommandLine.ParameterException(cl, "--kernel must be exact or simd: " + text);
        }
    }

    private static HoldOut parseHoldOut(CommandLine cl, String text) {
        if (text.equals("none")) {
            return HoldOut.none();
        }
        try {
            double n = Double.parseDouble(text);
            if (n > 0 && Double.isFinite(n)) {
                return HoldOut.atOrAbove(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(cl,
                "--holdout-from expects a positive parameter count (e.g. 2.5e9) or 'none'; got '" + text + "'");
    }

    private static String ids(List<ComparisonDataset> datasets) {
        return String.join(", ", datasets.stream().map(ComparisonDataset::id).toList());
    }

    private static String methodList() {
        return String.join(", ", EstimationMethods.standard().stream().map(EstimationMethod::id).toList());
    }

    private static String listText(List<ComparisonDataset> datasets) {
        StringBuilder sb = new StringBuilder();
        TextTable t = new TextTable("dataset", "default split", "runs", "source");
        for (ComparisonDataset d : datasets) {
            t.row(d.id(), split(d.holdOut()), d.title(), d.source());
        }
        sb.append(t).append('\n');
        TextTable m = new TextTable("method", "description");
        for (EstimationMethod method : EstimationMethods.standard()) {
            m.row(method.id(), method.description());
        }
        sb.append(m);
        return sb.toString();
    }

    private static Map<String, Object> listJson(List<ComparisonDataset> datasets) {
        List<Object> ds = new ArrayList<>();
        for (ComparisonDataset d : datasets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.title());
            m.put("source", d.source());
            m.put("holdout_from", d.holdOut().isNone() ? null : d.holdOut().threshold());
            ds.add(m);
        }
        List<Object> methods = new ArrayList<>();
        for (EstimationMethod method : EstimationMethods.standard()) {
            methods.add(Map.of("id", method.id(), "description", method.description()));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("datasets", ds);
        root.put("methods", methods);
        return root;
    }

    private static String split(HoldOut h) {
        return h.isNone() ? "fit all" : "hold out N >= " + size(h.threshold());
    }

    private static String text(ComparisonDataset d, Comparison c, ComparisonResult r, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("Method comparison on ").append(d.id()).append(": ").append(d.title()).append(" (")
                .append(d.source()).append(")\n");
        for (String note : r.notes()) {
            sb.append("data: ").append(note).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "split: %d runs fitted (%s, N %s to %s)", r.fittedRuns(),
                sizeCount(r.fittedSizes().length), size(r.fittedSizes()[0]), size(r.fittedSizes()[r.fittedSizes().length - 1])));
        if (r.heldOutRuns() > 0) {
            sb.append(String.format(Locale.ROOT, "; %d runs held out (%s, N %s to %s)", r.heldOutRuns(),
                    sizeCount(r.heldOutSizes().length), size(r.heldOutSizes()[0]),
                    size(r.heldOutSizes()[r.heldOutSizes().length - 1])));
        } else {
            sb.append("; nothing held out");
        }
        sb.append('\n');
        String level = Numbers.format(100 * c.confidence()) + "%";
        if (c.resamples() > 0) {
            sb.append(String.format(Locale.ROOT, "bootstrap: %d resamples of the fitted runs (seed %d), %s; %s "
                    + "percentile intervals over converged refits%n", c.resamples(), c.seed(),
                    c.bootstrapMode() == BootstrapMode.FULL_GRID ? "each refitted with the method's whole grid"
                            : "each refitted once from the method's fit", level));
        }
        sb.append('\n');
        TextTable t = new TextTable("method", "status", ">mean |rel err|", ">max |rel err|", ">E", ">A", ">B",
                ">alpha", ">beta", ">fit s", ">bootstrap s", ">boot fails");
        for (MethodScore s : r.scores()) {
            MethodFit f = s.fit();
            double[] p = f == null ? null : f.parameters();
            BootstrapSummary b = s.bootstrap();
            t.row(s.methodId(), f == null ? "ERROR" : f.converged() ? "converged" : "NOT CONVERGED",
                    percent(s.meanAbsoluteRelativeError()), percent(s.maxAbsoluteRelativeError()),
                    cell(p, 0), cell(p, 1), cell(p, 2), cell(p, 3), cell(p, 4),
                    String.format(Locale.ROOT, "%.2f", s.fitSeconds()),
                    b == null ? "-" : String.format(Locale.ROOT, "%.2f", b.seconds()),
                    b == null ? "-" : b.failures() + "/" + b.resamples());
        }
        sb.append(t);
        for (MethodScore s : r.scores()) {
            if (s.failed()) {
                sb.append("FAILED ").append(s.methodId()).append(": ").append(s.failure()).append('\n');
            }
            if (s.fit() != null) {
                for (String w : s.fit().warnings()) {
                    sb.append("warning: ").append(s.methodId()).append(": ").append(w).append('\n');
                }
            }
        }
        if (c.resamples() > 0) {
            sb.append('\n').append("Bootstrap ").append(level).append(" intervals\n");
            TextTable iv = new TextTable("method", "parameter", ">estimate", ">std. error", ">lower", ">upper");
            for (MethodScore s : r.scores()) {
                if (s.bootstrap() == null) {
                    continue;
                }
                if (s.bootstrap().intervals().isEmpty()) {
                    iv.row(s.methodId(), "(no converged resample)", "", "", "", "");
                }
                for (ParameterInterval p : s.bootstrap().intervals()) {
                    iv.row(s.methodId(), p.name(), Numbers.format(p.estimate(), 5),
                            Numbers.format(p.standardError(), 3), Numbers.format(p.lower(), 5),
                            Numbers.format(p.upper(), 5));
                }
            }
            sb.append(iv);
        }
        if (r.heldOutRuns() > 0) {
            sb.append('\n').append("Relative error of each held-out run, (predicted - observed) / observed\n");
            List<String> header = new ArrayList<>(List.of(">N", ">D", ">observed"));
            for (MethodScore s : r.scores()) {
                header.add(">" + s.methodId());
            }
            TextTable tt = new TextTable(header.toArray(String[]::new));
            for (int i = 0; i < r.heldOutRuns(); i++) {
                List<String> row = new ArrayList<>();
                TargetError first = null;
                for (MethodScore s : r.scores()) {
                    if (!s.targets().isEmpty()) {
                        first = s.targets().get(i);
                        break;
                    }
                }
                if (first == null) {
                    break;
                }
                row.add(size(first.n()));
                row.add(Numbers.format(first.d(), 4));
                row.add(Numbers.format(first.observed(), 5));
                for (MethodScore s : r.scores()) {
                    row.add(s.targets().isEmpty() ? "-" : signedPercent(s.targets().get(i).relativeError()));
                }
                tt.row(row.toArray(String[]::new));
            }
            sb.append(tt);
        }
        sb.append('\n').append("Methods\n");
        for (MethodScore s : r.scores()) {
            sb.append("  ").append(s.methodId()).append(": ").append(s.description()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "wall time: %.2f s (%d threads)%n", seconds, c.threads()));
        return sb.toString();
    }

    private static String cell(double[] p, int j) {
        return p == null || j >= p.length ? "-" : Numbers.format(p[j], 4);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String signedPercent(double v) {
        return String.format(Locale.ROOT, "%+.2f%%", 100 * v);
    }

    private static Map<String, Object> json(ComparisonDataset d, Comparison c, ComparisonResult r, double seconds) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dataset", d.id());
        root.put("title", d.title());
        root.put("source", d.source());
        root.put("notes", r.notes());
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("holdout_from", r.holdOut().isNone() ? null : r.holdOut().threshold());
        split.put("fitted_runs", r.fittedRuns());
        split.put("held_out_runs", r.heldOutRuns());
        split.put("fitted_model_sizes", sizes(r.fittedSizes()));
        split.put("held_out_model_sizes", sizes(r.heldOutSizes()));
        root.put("split", split);
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("resamples", c.resamples());
        boot.put("seed", c.seed());
        boot.put("mode", c.bootstrapMode() == BootstrapMode.FULL_GRID ? "full-grid" : "warm-start");
        boot.put("confidence", c.confidence());
        root.put("bootstrap", boot);
        List<Object> methods = new ArrayList<>();
        for (MethodScore s : r.scores()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.methodId());
            m.put("description", s.description());
            MethodFit f = s.fit();
            m.put("converged", f != null && f.converged());
            m.put("failure", s.failed() ? s.failure() : null);
            m.put("objective", f == null ? null : f.objective());
            m.put("evaluations", f == null ? null : f.evaluations());
            m.put("termination", f == null ? null : f.detail());
            m.put("warnings", f == null ? List.of() : f.warnings());
            Map<String, Object> params = new LinkedHashMap<>();
            if (f != null) {
                double[] p = f.parameters();
                for (int j = 0; j < p.length; j++) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("estimate", p[j]);
                    ParameterInterval iv = s.bootstrap() == null ? null
                            : s.bootstrap().interval(f.parameterNames().get(j)).orElse(null);
                    e.put("standard_error", iv == null ? null : iv.standardError());
                    e.put("lower", iv == null ? null : iv.lower());
                    e.put("upper", iv == null ? null : iv.upper());
                    params.put(f.parameterNames().get(j), e);
                }
            }
            m.put("parameters", params);
            m.put("mean_abs_relative_error", s.meanAbsoluteRelativeError());
            m.put("max_abs_relative_error", s.maxAbsoluteRelativeError());
            List<Object> targets = new ArrayList<>();
            for (TargetError t : s.targets()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("N", t.n());
                e.put("D", t.d());
                e.put("observed", t.observed());
                e.put("predicted", t.predicted());
                e.put("relative_error", t.relativeError());
                targets.add(e);
            }
            m.put("targets", targets);
            m.put("fit_seconds", s.fitSeconds());
            if (s.bootstrap() != null) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("resamples", s.bootstrap().resamples());
                b.put("not_converged", s.bootstrap().failures());
                b.put("seconds", s.bootstrap().seconds());
                m.put("bootstrap", b);
            } else {
                m.put("bootstrap", null);
            }
            methods.add(m);
        }
        root.put("methods", methods);
        root.put("threads", c.threads());
        root.put("wall_seconds", seconds);
        return root;
    }

    private static Map<String, Object> sizes(double[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", values.length);
        m.put("smallest", values.length == 0 ? null : values[0]);
        m.put("largest", values.length == 0 ? null : values[values.length - 1]);
        return m;
    }

    private static String sizeCount(int count) {
        return count + (count == 1 ? " model size" : " model sizes");
    }

    /** @return a model size in short scientific notation, e.g. 2.5e9. */
    static String size(double n) {
        if (!(n > 0) || !Double.isFinite(n)) {
            return Numbers.format(n);
        }
        int exponent = (int) Math.floor(Math.log10(n));
        double mantissa = n / Math.pow(10, exponent);
        if (mantissa >= 9.995) {
            mantissa /= 10;
            exponent++;
        }
        String m = String.format(Locale.ROOT, "%.2f", mantissa).replaceAll("0+$", "").replaceAll("\\.$", "");
        return m + "e" + exponent;
    }
}
