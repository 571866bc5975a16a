package org.scalingsuite.reproductions.lrannealing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.scalingsuite.core.claim.ClaimsFile;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.parallel.Parallel;
import org.scalingsuite.core.report.Axis;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Paper;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Series;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.core.reproduction.Progress;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.reproductions.lrannealing.LearningRates.DecayShape;
import org.scalingsuite.reproductions.lrannealing.data.ExamplePoint;
import org.scalingsuite.reproductions.lrannealing.data.LossCurve;
import org.scalingsuite.reproductions.lrannealing.data.MplPublished;
import org.scalingsuite.reproductions.lrannealing.data.MplPublishedRow;
import org.scalingsuite.reproductions.lrannealing.data.MultiPowerLawCurves;
import org.scalingsuite.reproductions.lrannealing.data.TissueExample;

/**
 * Tissue, Wang and Wang (2024), "Scaling Law with Learning Rate Annealing": the law
 * {@code L(s) = L0 + A S1^-alpha - C S2} fitted by the authors' recipe ({@link AnnealingFitter}) to
 * <ol>
 *   <li>the 40 points of the authors' public fitting example (fit quality, fitted constants);</li>
 *   <li>the public loss curves of the Multi-Power-Law repository (25M/100M/400M, nine schedules): fitted on the
 *       constant and cosine 24k runs, predicting the six held-out curves of the MPL test set, side by side with
 *       the Multi-Power Law (Luo et al. 2025) at its published parameters, whose published metrics are
 *       reproduced;</li>
 *   <li>the paper's schedule takeaways, evaluated with the law fitted to the public curves.</li>
 * </ol>
 */
public final class LrAnnealingReproduction implements Reproduction {

    public static final String ID = "lr-annealing";

    private static final Paper PAPER = new Paper("Tissue et al. 2024", "Scaling Law with Learning Rate Annealing",
            "Howe Tissue, Venus Wang, Lu Wang", "arXiv:2408.11029",
            "Models the loss at every step of an LLM training run as L(s) = L0 + A*S1^-alpha - C*S2, where S1 is "
                    + "the area under the learning-rate curve and S2 a momentum-weighted area of its annealing, so "
                    + "that one or two fitted runs predict the loss curve under any schedule; compared here with "
                    + "the Multi-Power Law of Luo et al. (2025) on that paper's public loss curves.");

    private final int threads;

    /** Uses every available processor. */
    public LrAnnealingReproduction() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads threads over model sizes */
    public LrAnnealingReproduction(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Paper paper() {
        return PAPER;
    }

    @Override
    public ReproductionReport run(DataStore data, Progress progress) {
        ReproductionReport.Builder report = ReproductionReport.builder(ID, PAPER, ClaimsFile.load(ID));

        // 1. The authors' fitting example.
        progress.update("authors' example: 54-start fit", 0);
        List<ExamplePoint> points = TissueExample.load(data);
        List<ObservedCurve> example = exampleCurves(points);
        AnnealingFit exampleFit = AnnealingFitter.withDefaults().fit(example);
        Observations exampleData = ObservedCurve.annealingObservations(example, AnnealingFitter.LAMBDA);
        double[] examplePredicted = new double[exampleData.size()];
        for (int i = 0; i < examplePredicted.length; i++) {
            examplePredicted[i] = AnnealingLaw.instance().predict(exampleData.row(i), exampleFit.parameters());
        }
        CurveMetrics exampleMetrics = CurveMetrics.of(exampleData.response(), examplePredicted);
        report.value("example.points", points.size());
        report.value("example.R2", exampleMetrics.r2());
        for (String p : AnnealingLaw.PARAMETERS) {
            report.value("example." + p, exampleFit.parameter(p));
        }

        // 2. The public curves, one model size per task.
        progress.update("public curves: fits, predictions, takeaways", 0.1);
        List<MplPublishedRow> published = MplPublished.load(data);
        List<Integer> sizes = MultiPowerLawCurves.SIZES;
        int n = sizes.size();
        List<List<LossCurve>> curves = new ArrayList<>();
        List<Map<String, Double>> checks = new ArrayList<>();
        for (int size : sizes) {
            List<LossCurve> c = MultiPowerLawCurves.load(data, size, MultiPowerLawCurves.SCHEDULES);
            curves.add(c);
            checks.add(SizeAnalysis.checkSchedules(size, c));
        }
        // Independent tasks, longest first: the MPL over the 72k curves, then the annealing fits, then the rest.
        SizeAnalysis.AnnealingPart[] parts = new SizeAnalysis.AnnealingPart[n];
        List<String> test = MultiPowerLawCurves.TEST;
        double[][][] mplPredictions = new double[n][test.size()][];
        List<Runnable> tasks = new ArrayList<>();
        for (boolean longCurves : new boolean[] {true, false}) {
            for (int i = 0; i < n; i++) {
                int size = i;
                MultiPowerLaw law = MultiPowerLaw.of(MplPublished.forSize(published, sizes.get(i)).parameters());
                for (int j = 0; j < test.size(); j++) {
                    int curve = j;
                    if (test.get(j).endsWith("72000") == longCurves) {
                        tasks.add(() -> mplPredictions[size][curve] =
                                SizeAnalysis.mplPrediction(curves.get(size), test.get(curve), law));
                    }
                }
                if (longCurves) {
                    tasks.add(() -> parts[size] = SizeAnalysis.annealingPart(curves.get(size)));
                }
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable[] workers = new Runnable[Math.min(threads, tasks.size())];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = () -> {
                int i;
                while ((i = next.getAndIncrement()) < tasks.size()) {
                    tasks.get(i).run();
                    progress.update("public curves: fits, predictions, takeaways",
                            0.1 + 0.85 * done.incrementAndGet() / tasks.size());
                }
            };
        }
        Parallel.runAll(workers);
        SizeAnalysis[] analyses = new SizeAnalysis[n];
        for (int i = 0; i < n; i++) {
            Map<String, double[]> mpl = new java.util.LinkedHashMap<>();
            for (int j = 0; j < test.size(); j++) {
                mpl.put(test.get(j), mplPredictions[i][j]);
            }
            analyses[i] = SizeAnalysis.assemble(sizes.get(i), curves.get(i), checks.get(i), parts[i], mpl);
        }

        for (SizeAnalysis a : analyses) {
            String m = a.modelSize() + "M";
            CurveMetrics tissue = a.tissueMean();
            CurveMetrics mpl = a.mplMean();
            report.value("tissue.test.R2." + m, tissue.r2())
                    .value("tissue.test.PredE." + m, tissue.predE())
                    .value("tissue.test.final-error." + m, tissue.finalError());
            report.value("mpl.R2." + m, mpl.r2()).value("mpl.MAE." + m, mpl.mae()).value("mpl.RMSE." + m, mpl.rmse())
                    .value("mpl.PredE." + m, mpl.predE()).value("mpl.WorstE." + m, mpl.worstE());
            report.value("compare.PredE-gap." + m, tissue.predE() - mpl.predE());
            for (ScheduleTakeaways.Horizon h : List.of(a.takeaways24k(), a.takeaways72k())) {
                String k = m + "." + h.steps() / 1000 + "k";
                report.value("takeaway.floor." + k, h.floorGap())
                        .value("takeaway.cycle-margin." + k, h.cycleMargin())
                        .value("takeaway.cycle-optimum." + k, h.bestCycle())
                        .value("takeaway.wsd-fraction." + k, h.bestFraction().get(DecayShape.ONE_MINUS_SQRT))
                        .value("takeaway.wsd-gap." + k, h.wsdGap());
            }
            report.value("takeaway.wsd-fraction-shrinks." + m,
                    a.takeaways24k().bestFraction().get(DecayShape.ONE_MINUS_SQRT)
                            - a.takeaways72k().bestFraction().get(DecayShape.ONE_MINUS_SQRT));
        }

        progress.update("report", 0.95);
        report.parameters(exampleParameters(exampleFit));
        for (SizeAnalysis a : analyses) {
            report.parameters(sizeParameters(a));
        }
        report.parameters(mplParameters(published));
        report.table(comparisonTable(analyses, published));
        report.table(perCurveTable(analyses));
        report.table(exampleTable(exampleFit, exampleMetrics, points.size()));
        report.table(identifiabilityTable(analyses));
        report.table(warmupTable(analyses));
        report.table(takeawayTable(analyses));
        report.table(wsdShapeTable(analyses));
        report.table(dataTable(analyses));

        report.figure(scheduleChart());
        report.figure(exampleChart(example, exampleFit));
        for (String s : MultiPowerLawCurves.TEST) {
            report.figure(lossChart(analyses, s));
        }
        report.figure(cycleChart(analyses));
        report.figure(fractionChart(analyses));

        report.note("The authors released no runs: their public fitting example (40 points) is used as a fitting "
                + "check, and the paper's prediction claims are tested on the public loss curves of the Multi-Power-"
                + "Law paper (Luo et al. 2025, MIT), which were not trained by Tissue et al.");
        report.note("In the authors' example the cosine run ends above the constant run (2.8376 vs 2.8294 at step "
                + "20,000), so its fitted constants favour constant learning rates; the schedule takeaways are "
                + "therefore evaluated with the law fitted to the public curves, not to the example.");
        report.note("Per-step learning rates are rebuilt from the schedule definitions and checked against the "
                + "logged lr column of all 27 curves (largest relative difference in the data table); S1 and S2 are "
                + "summed over every optimizer step, never over the sparse logged rows. The annealing law counts "
                + "warmup steps at the peak (the authors' convention); the MPL uses the linear warmup as trained, "
                + "as its authors evaluate it.");
        report.note("Fitting the constant-LR run alone leaves C undetermined (S2 = 0 at every point); the fitter "
                + "reports C as not identified instead of returning its start value.");
        report.note("Upstream drops rows at step >= 24,000 from files that end exactly at step 24,000; no file of "
                + "this snapshot does, so the rule drops " + java.util.Arrays.stream(analyses)
                .mapToInt(SizeAnalysis::rowsDropped).sum() + " rows.");
        progress.update("done", 1);
        return report.build();
    }

    /** @return the example's two runs, each with its per-step schedule (warmup at the peak). */
    static List<ObservedCurve> exampleCurves(List<ExamplePoint> points) {
        List<ObservedCurve> curves = new ArrayList<>();
        for (String schedule : TissueExample.SCHEDULES) {
            List<ExamplePoint> run = points.stream().filter(p -> p.schedule().equals(schedule)).toList();
            curves.add(new ObservedCurve("example " + schedule, LearningRates.tissueExample(schedule, Warmup.AT_PEAK),
                    run.stream().mapToInt(ExamplePoint::step).toArray(),
                    run.stream().mapToDouble(ExamplePoint::loss).toArray()));
        }
        return curves;
    }

    private static ParameterTable exampleParameters(AnnealingFit fit) {
        double[] regression = {2.628, 0.4297, 0.4108, 0.5498};
        List<ParameterEstimate> rows = new ArrayList<>();
        for (int j = 0; j < AnnealingLaw.PARAMETERS.size(); j++) {
            rows.add(ParameterEstimate.of(AnnealingLaw.PARAMETERS.get(j), fit.parameters()[j])
                    .withPublished(regression[j]));
        }
        return new ParameterTable("example-fit", "Authors' fitting example (40 points, cosine + constant)",
                AnnealingLaw.instance().formula(),
                "sum of Huber(delta=1e-3) of log residuals; L-BFGS-B, parameters >= 0, best of 54 starts; "
                        + "lambda = 0.999, warmup at the peak LR. Compared with the output of the authors' example "
                        + "code run unchanged (a regression value, not printed by the authors)", Double.NaN, rows);
    }

    private static ParameterTable sizeParameters(SizeAnalysis a) {
        List<ParameterEstimate> rows = new ArrayList<>();
        for (int j = 0; j < AnnealingLaw.PARAMETERS.size(); j++) {
            rows.add(ParameterEstimate.of(AnnealingLaw.PARAMETERS.get(j), a.fit().parameters()[j]));
        }
        return new ParameterTable("fit-" + a.modelSize() + "M",
                "Annealing law, " + a.modelSize() + "M, fitted on constant_24000 + cosine_24000",
                AnnealingLaw.instance().formula(),
                "the authors' recipe (Huber 1e-3 on log loss, L-BFGS-B, 54 starts, lambda 0.999, warmup at the peak "
                        + "LR) on the " + (a.curve("constant_24000").size() + a.curve("cosine_24000").size())
                        + " logged points of the two runs", Double.NaN, rows);
    }

    private static ParameterTable mplParameters(List<MplPublishedRow> published) {
        List<ParameterEstimate> rows = new ArrayList<>();
        for (MplPublishedRow r : published) {
            double[] p = r.parameters();
            for (int j = 0; j < p.length; j++) {
                rows.add(ParameterEstimate.of(r.modelSize() + "M " + MultiPowerLaw.PARAMETERS.get(j), p[j]));
            }
        }
        return new ParameterTable("mpl-published", "Multi-Power Law, published parameters (not refitted)",
                "L(s) = L0 + A*S1(s)^-alpha - B*sum_k (eta_{k-1} - eta_k)*(1 - (1 + C*eta_k^-gamma*(S1(s) - "
                        + "S1(k-1)))^-beta)",
                "Luo et al. 2025, thu-yao-01-luo/MultiPowerLaw README 'Best Parameters' (unrounded values of its "
                        + "src/config.py); fitted there on cosine_24000, constant_24000 and wsdcon_9", Double.NaN,
                rows);
    }

    private static Table comparisonTable(SizeAnalysis[] analyses, List<MplPublishedRow> published) {
        Table.Builder t = Table.builder("law-comparison", "Both laws on the six held-out curves, side by side",
                        "model", "law", "fitted on", "R^2", "MAE", "RMSE", "PredE", "WorstE",
                        "largest final-loss error")
                .caption("Means over the MPL test set (constant_72000, cosine_72000, wsd_20000_24000, "
                        + "wsdld_20000_24000, wsdcon_3, wsdcon_18) of the per-curve metrics as the MPL evaluation "
                        + "defines them; the last column is the largest relative error at a curve's last step. "
                        + "'published' rows are the MPL README's metrics.");
        for (SizeAnalysis a : analyses) {
            String m = a.modelSize() + "M";
            CurveMetrics tissue = a.tissueMean();
            CurveMetrics mpl = a.mplMean();
            MplPublishedRow p = MplPublished.forSize(published, a.modelSize());
            t.row(m, "annealing law (Tissue et al.)", "constant_24000 + cosine_24000", tissue.r2(), tissue.mae(),
                    tissue.rmse(), tissue.predE(), tissue.worstE(), tissue.finalError());
            t.row(m, "Multi-Power Law (published parameters)", "cosine_24000 + constant_24000 + wsdcon_9", mpl.r2(),
                    mpl.mae(), mpl.rmse(), mpl.predE(), mpl.worstE(), mpl.finalError());
            t.row(m, "Multi-Power Law, published metrics", "", p.r2(), p.mae(), p.rmse(), p.predE(), p.worstE(), "");
        }
        return t.build();
    }

    private static Table perCurveTable(SizeAnalysis[] analyses) {
        Table.Builder t = Table.builder("per-curve", "Held-out curves one by one", "model", "curve", "points",
                        "final loss", "annealing law R^2", "annealing law PredE", "annealing law final error",
                        "MPL R^2", "MPL PredE", "MPL final error")
                .caption("Relative errors are |observed - predicted| / observed; the final error is at the curve's "
                        + "last logged step.");
        for (SizeAnalysis a : analyses) {
            for (String s : MultiPowerLawCurves.TEST) {
                CurveMetrics ti = a.tissueMetrics().get(s);
                CurveMetrics mp = a.mplMetrics().get(s);
                LossCurve c = a.curve(s);
                t.row(a.modelSize() + "M", s, c.size(), c.finalLoss(), ti.r2(), ti.predE(), ti.finalError(), mp.r2(),
                        mp.predE(), mp.finalError());
            }
        }
        return t.build();
    }

    private static Table exampleTable(AnnealingFit fit, CurveMetrics metrics, int points) {
        return Table.builder("example-summary", "The authors' example: fit summary", "quantity", "value")
                .caption("R^2 = 1 - SS_res / SS_tot over the 40 points, as the example computes it.")
                .row("points", points)
                .row("starts", fit.grid().starts())
                .row("converged starts", fit.grid().converged())
                .row("objective evaluations, all starts", fit.grid().evaluations())
                .row("starts within 1e-9 of the minimum", fit.grid().startsNearBest(1e-9))
                .row("minimum of the Huber sum", fit.objective())
                .row("R^2", metrics.r2())
                .row("mean relative error", metrics.predE())
                .row("largest relative error", metrics.worstE())
                .row("warnings", fit.warnings().isEmpty() ? "none" : String.join("; ", fit.warnings()))
                .build();
    }

    private static Table identifiabilityTable(SizeAnalysis[] analyses) {
        Table.Builder t = Table.builder("constant-only", "Fitting the constant-LR run alone", "model", "L0", "A", "C",
                        "alpha", "fitter's report")
                .caption("With warmup at the peak LR a constant run has S2 = 0 at every point, so nothing in the data "
                        + "determines C. Compare the two-run fit's parameter tables.");
        for (SizeAnalysis a : analyses) {
            AnnealingFit f = a.constantOnly();
            t.row(a.modelSize() + "M", f.parameter("L0"), f.parameter("A"),
                    f.cIdentified() ? format(f.parameter("C")) : "not identified", f.parameter("alpha"),
                    String.join("; ", f.warnings()));
        }
        return t.build();
    }

    private static Table warmupTable(SizeAnalysis[] analyses) {
        Table.Builder t = Table.builder("warmup-convention", "Warmup convention of S1 and S2", "model", "warmup",
                        "L0", "A", "C", "alpha", "test R^2", "test PredE", "largest final-loss error")
                .caption("The two-run fit (constant_24000 + cosine_24000) with the 2,160 warmup steps counted at "
                        + "the peak LR (the authors' convention, used for every claim) and with the warmup LRs as "
                        + "trained. L0 and alpha depend on the convention, so fitted constants are comparable only within one.");
        for (SizeAnalysis a : analyses) {
            CurveMetrics peak = a.tissueMean();
            double[] p = a.fit().parameters();
            t.row(a.modelSize() + "M", "at the peak LR (authors)", p[0], p[1], p[2], p[3], peak.r2(), peak.predE(),
                    peak.finalError());
            double[] q = a.realWarmup().parameters();
            CurveMetrics real = a.realWarmupMetrics();
            t.row(a.modelSize() + "M", "as trained (linear)", q[0], q[1], q[2], q[3], real.r2(), real.predE(),
                    real.finalError());
        }
        return t.build();
    }

    private static Table takeawayTable(SizeAnalysis[] analyses) {
        Table.Builder t = Table.builder("takeaways", "Schedule takeaways from the fitted annealing law", "model",
                        "steps", "cosine to 0", "cosine to 0.1 max", "best cosine cycle / T", "loss at cycle T",
                        "cycle T minus best cycle",
                        "best of 0.75T, 0.9T, 2T minus T", "best WSD (shape, fraction)", "best WSD loss",
                        "cosine minus best WSD")
                .caption("Predicted final loss of synthetic schedules (2,160 warmup steps at the peak 3e-4) with the "
                        + "law fitted on constant_24000 + cosine_24000 of each size. Cycles swept: 0.5, 0.6, 0.75, "
                        + "0.9, 1, 1.1, 1.25, 1.5, 2 times T. WSD: decay to 0 over the last fraction 0.01..0.60.");
        for (SizeAnalysis a : analyses) {
            for (ScheduleTakeaways.Horizon h : List.of(a.takeaways24k(), a.takeaways72k())) {
                DecayShape best = h.bestShape();
                t.row(a.modelSize() + "M", h.steps(), h.cosineToZero(), h.cosineToTenth(), h.bestCycle(),
                        h.cycleLoss().get(1.0), h.cycleLoss().get(1.0) - h.cycleLoss().get(h.bestCycle()),
                        h.cycleMargin(),
                        shapeName(best) + ", " + format(h.bestFraction().get(best)), h.bestWsd(), h.wsdGap());
            }
        }
        return t.build();
    }

    private static Table wsdShapeTable(SizeAnalysis[] analyses) {
        Table.Builder t = Table.builder("wsd-fractions", "Optimal WSD anneal fraction by decay shape", "model",
                        "steps", "1-sqrt: fraction", "1-sqrt: loss", "linear: fraction", "linear: loss",
                        "cosine-shaped: fraction", "cosine-shaped: loss")
                .caption("Fraction of the run spent decaying to 0 that minimises the predicted final loss "
                        + "(grid 0.01).");
        for (SizeAnalysis a : analyses) {
            for (ScheduleTakeaways.Horizon h : List.of(a.takeaways24k(), a.takeaways72k())) {
                t.row(a.modelSize() + "M", h.steps(), h.bestFraction().get(DecayShape.ONE_MINUS_SQRT),
                        h.bestWsdLoss().get(DecayShape.ONE_MINUS_SQRT), h.bestFraction().get(DecayShape.LINEAR),
                        h.bestWsdLoss().get(DecayShape.LINEAR), h.bestFraction().get(DecayShape.COSINE),
                        h.bestWsdLoss().get(DecayShape.COSINE));
            }
        }
        return t.build();
    }

    private static Table dataTable(SizeAnalysis[] analyses) {
        Table.Builder t = Table.builder("data", "Curves read and schedule check", "model", "curve", "rows read",
                        "rows dropped (step >= 24000 rule)", "rows kept", "first step", "last step",
                        "largest relative lr difference")
                .caption("The lr column of every file compared with the learning rate rebuilt from the schedule "
                        + "definition at the same step; the run stops if any differs by more than "
                        + SizeAnalysis.LR_TOLERANCE + ".");
        for (SizeAnalysis a : analyses) {
            for (LossCurve c : a.curves()) {
                t.row(a.modelSize() + "M", c.schedule(), c.rowsRead(), c.rowsDropped(), c.size(), c.steps()[0],
                        c.lastStep(), a.lrDifference().get(c.schedule()));
            }
        }
        return t.build();
    }

    private static Chart scheduleChart() {
        List<Series> series = new ArrayList<>();
        for (String s : MultiPowerLawCurves.SCHEDULES) {
            double[] lr = LearningRates.multiPowerLaw(s, Warmup.LINEAR);
            int stride = 120;
            int n = (lr.length - 1) / stride + 2;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n - 1; i++) {
                x[i] = i * stride;
                y[i] = lr[i * stride];
            }
            x[n - 1] = lr.length - 1;
            y[n - 1] = lr[lr.length - 1];
            series.add(new Series(s, Series.Style.LINE, x, y));
        }
        return new Chart("lr-schedules", "Learning-rate schedules of the public curves",
                "Per-step learning rates rebuilt from the schedule definitions (drawn every 120 steps), as trained: "
                        + "linear warmup over 2,160 steps to 3e-4. The same nine schedules were run at 25M, 100M and "
                        + "400M parameters.",
                Axis.linear("Optimizer step", "steps"), Axis.linear("Learning rate", ""), series);
    }

    private static Chart exampleChart(List<ObservedCurve> example, AnnealingFit fit) {
        List<Series> series = new ArrayList<>();
        for (ObservedCurve c : example) {
            series.add(new Series(c.label() + ", observed", Series.Style.POINTS,
                    java.util.Arrays.stream(c.steps()).asDoubleStream().toArray(), c.loss()).inGroup(c.label()));
            int[] steps = java.util.stream.IntStream.iterate(500, s -> s <= 20_000, s -> s + 250).toArray();
            ObservedCurve dense = new ObservedCurve(c.label(), c.schedule(), steps, new double[steps.length]);
            series.add(new Series(c.label() + ", fitted law", Series.Style.LINE,
                    java.util.Arrays.stream(steps).asDoubleStream().toArray(),
                    SizeAnalysis.predictAnnealing(dense, fit.parameters())).inGroup(c.label()));
        }
        return new Chart("example-fit", "The authors' example: observed and fitted loss",
                "The 40 validation losses of the authors' fitting example and the law fitted to them, L = "
                        + format(fit.parameter("L0")) + " + " + format(fit.parameter("A")) + "*S1^-"
                        + format(fit.parameter("alpha")) + " - " + format(fit.parameter("C")) + "*S2.",
                Axis.linear("Optimizer step", "steps"), Axis.linear("Validation loss", "nats/token"), series);
    }

    private static Chart lossChart(SizeAnalysis[] analyses, String schedule) {
        List<Series> series = new ArrayList<>();
        for (SizeAnalysis a : analyses) {
            LossCurve c = a.curve(schedule);
            double[] x = java.util.Arrays.stream(c.steps()).asDoubleStream().toArray();
            String m = a.modelSize() + "M";
            series.add(new Series(m + " observed", Series.Style.POINTS, x, c.loss()).inGroup(m));
            series.add(new Series(m + " annealing law", Series.Style.LINE, x, a.tissue().get(schedule)).inGroup(m));
            series.add(new Series(m + " Multi-Power Law", Series.Style.DASHED, x, a.mpl().get(schedule)).inGroup(m));
        }
        return new Chart("loss-" + schedule, "Held-out curve " + schedule + ": observed and predicted loss",
                "Logged loss of the " + schedule + " runs (not used by either fit) and the predictions of the "
                        + "annealing law fitted on constant_24000 + cosine_24000 and of the Multi-Power Law with its "
                        + "published parameters.",
                Axis.linear("Optimizer step", "steps"), Axis.linear("Training loss", "nats/token"), series);
    }

    private static Chart cycleChart(SizeAnalysis[] analyses) {
        List<Series> series = new ArrayList<>();
        for (SizeAnalysis a : analyses) {
            for (ScheduleTakeaways.Horizon h : List.of(a.takeaways24k(), a.takeaways72k())) {
                double[] y = new double[ScheduleTakeaways.CYCLES.length];
                double atT = h.cycleLoss().get(1.0);
                for (int i = 0; i < y.length; i++) {
                    y[i] = h.cycleLoss().get(ScheduleTakeaways.CYCLES[i]) - atT;
                }
                series.add(new Series(a.modelSize() + "M, " + h.steps() / 1000 + "k steps",
                        h.steps() == 24_000 ? Series.Style.LINE : Series.Style.DASHED, ScheduleTakeaways.CYCLES, y));
            }
        }
        return new Chart("cosine-cycle", "Cosine cycle length: predicted final loss relative to cycle = T",
                "Predicted final loss of a cosine to 0 whose half-period is c times the run length T, minus that of "
                        + "c = 1, from the law fitted to each size's constant + cosine 24k runs. Below zero: better "
                        + "than the paper's recommended c = 1 (the deviation at c = 1.1-1.25).",
                Axis.linear("Cycle length / run length", ""),
                Axis.linear("Final loss minus loss at c = 1", "nats/token"), series);
    }

    private static Chart fractionChart(SizeAnalysis[] analyses) {
        List<Series> series = new ArrayList<>();
        double[] f = ScheduleTakeaways.Horizon.fractions();
        for (SizeAnalysis a : analyses) {
            for (ScheduleTakeaways.Horizon h : List.of(a.takeaways24k(), a.takeaways72k())) {
                series.add(new Series(a.modelSize() + "M, " + h.steps() / 1000 + "k steps",
                        h.steps() == 24_000 ? Series.Style.LINE : Series.Style.DASHED, f,
                        h.fractionLoss().get(DecayShape.ONE_MINUS_SQRT)));
            }
        }
        return new Chart("wsd-fraction", "WSD anneal fraction (1-sqrt decay to 0): predicted final loss",
                "Predicted final loss of warmup-stable-decay schedules whose last fraction f of the steps decays to 0 "
                        + "as 1-sqrt, from the law fitted to each size; the paper's band is f = 0.1-0.2.",
                Axis.linear("Anneal fraction f", ""), Axis.linear("Predicted final loss", "nats/token"), series);
    }

    private static String shapeName(DecayShape shape) {
        return switch (shape) {
            case ONE_MINUS_SQRT -> "1-sqrt";
            case LINEAR -> "linear";
            case COSINE -> "cosine-shaped";
        };
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
