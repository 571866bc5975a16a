package org.scalingsuite.reproductions.chinchilla;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scalingsuite.core.claim.ClaimsFile;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.core.fit.StartGrid;
import org.scalingsuite.core.law.ChinchillaAllocation;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.objective.HuberLikelihood;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.Space;
import org.scalingsuite.core.random.Resampler;
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
import org.scalingsuite.core.stats.Bootstrap;
import org.scalingsuite.core.stats.BootstrapResult;
import org.scalingsuite.datasets.chinchilla.ChinchillaPoints;
import org.scalingsuite.datasets.chinchilla.ChinchillaRun;

/**
 * Hoffmann et al.'s Approach 3 as replicated by Besiroglu et al. (2024) on Epoch's digitised runs: the
 * 4,500-start Huber fit, the Huber-likelihood fit behind Epoch's Table 1, the 4,000-resample bootstrap,
 * the premature-stopping trap, the compute-optimal allocation and the likelihood-ratio test against
 * Hoffmann's parameters. See {@link EpochRecipe} for the constants.
 */
public final class ChinchillaReproduction implements Reproduction {

    public static final String ID = "chinchilla";

    private static final Paper PAPER = new Paper("Besiroglu et al. 2024",
            "Chinchilla Scaling: A replication attempt",
            "Tamay Besiroglu, Ege Erdil, Matthew Barnett, Josh You", "arXiv:2404.10102",
            "Refits Hoffmann et al.'s (2022) Approach 3, L(N, D) = E + A/N^alpha + B/D^beta, to 240 training "
                    + "runs digitised from their Figure 4, with Hoffmann's Huber objective and initialisation grid, "
                    + "and finds parameters, intervals and a compute-optimal ratio that differ from the original.");

    private static final List<String> DIRECT = ChinchillaLaw.PARAMETERS;

    private final int threads;

    /** Uses every available processor. */
    public ChinchillaReproduction() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads the threads for the grid fit and the bootstrap */
    public ChinchillaReproduction(int threads) {
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
        progress.update("loading data", 0);
        List<ChinchillaRun> all = ChinchillaPoints.load(data);
        List<ChinchillaRun> kept = ChinchillaPoints.dropHighestLosses(all, EpochRecipe.OUTLIERS_DROPPED);
        report.value("data.rows", all.size()).value("data.kept", kept.size());
        Observations observations = ChinchillaPoints.observations(kept);
        ChinchillaLogSumExpLaw law = ChinchillaLogSumExpLaw.instance();
        FitProblem huber = FitProblem.of(law, observations, HuberLoss.onLogResiduals(EpochRecipe.HUBER_DELTA));

        // Approach 3: the 4,500-start grid with scipy's L-BFGS-B semantics, as Hoffmann and Epoch ran it.
        StartGrid grid = EpochRecipe.grid();
        report.value("grid.starts", grid.size());
        Progress gridProgress = progress.span(0.0, 0.35);
        MultiStartResult gridFit = MultiStartFitter.of(LbfgsbFitter.scipyCompatible()).withThreads(threads)
                .fit(huber, grid, done -> gridProgress.update("4,500-start grid fit", (double) done / grid.size()));
        double[] gridDirect = ChinchillaLogSumExpLaw.toDirect(gridFit.best().parameters());
        report.value("grid.objective", gridFit.best().objective());
        putDirect(report, "grid.", gridDirect);

        // Epoch's Table 1: the Huber likelihood with a free log-scale sigma, from Hoffmann's parameters.
        progress.update("Huber-likelihood fit", 0.35);
        HuberLikelihood likelihood = new HuberLikelihood(EpochRecipe.HUBER_DELTA, Space.LOG);
        FitProblem mleProblem = FitProblem.of(law, observations, likelihood);
        double[] mleStart = Arrays.copyOf(EpochRecipe.hoffmannStart(), 6);
        FitResult mle = EpochRecipe.likelihoodFitter().fit(mleProblem, mleStart);
        double[] mleDirect = ChinchillaLogSumExpLaw.toDirect(Arrays.copyOf(mle.parameters(), 5));
        report.value("table1.E", mleDirect[0]).value("table1.A", mleDirect[1]).value("table1.B", mleDirect[2])
                .value("table1.alpha", mleDirect[3]).value("table1.beta", mleDirect[4]);

        // The likelihood-ratio test: Hoffmann's unrounded parameters with the scale re-fitted.
        Evaluator evaluator = law.bind(observations);
        HuberLikelihood.Profile epochProfile = likelihood.profile(logResiduals(evaluator, observations,
                Arrays.copyOf(mle.parameters(), 5)));
        HuberLikelihood.Profile hoffmannProfile = likelihood.profile(logResiduals(evaluator, observations,
                EpochRecipe.HOFFMANN_UNROUNDED_LSE));
        HuberLikelihood.Profile hoffmannRoundedProfile = likelihood.profile(logResiduals(evaluator, observations,
                EpochRecipe.hoffmannStart()));
        report.value("loglik.epoch", epochProfile.logLikelihood())
                .value("loglik.hoffmann", hoffmannProfile.logLikelihood())
                .value("loglik.ratio", 2 * (epochProfile.logLikelihood() - hoffmannProfile.logLikelihood()));

        // The premature-stopping trap: the same objective from Hoffmann's parameters, two stopping rules.
        progress.update("fits from Hoffmann's parameters", 0.37);
        double[] hoffmannStart = EpochRecipe.HOFFMANN_UNROUNDED_LSE;
        FitResult naive = LbfgsbFitter.scipyCompatible().fit(huber, hoffmannStart);
        FitResult robust = LbfgsbFitter.withDefaults().fit(huber, hoffmannStart);
        report.value("trap.objective", robust.objective());

        // The bootstrap: Epoch's resamples (numpy seed 42), each refitted from Hoffmann's rounded parameters.
        Progress bootProgress = progress.span(0.40, 1.0);
        LbfgsbFitter bootFitter = LbfgsbFitter.withDefaults();
        double[] bootStart = EpochRecipe.hoffmannStart();
        BootstrapResult boot = Bootstrap.withDefaults()
                .withResamples(EpochRecipe.BOOTSTRAP_RESAMPLES)
                .withResampler(Resampler.numpyLegacy(EpochRecipe.BOOTSTRAP_SEED))
                .withThreads(threads)
                .run(observations, sample -> bootFitter.fit(huber.withData(sample), bootStart), law.parameters(),
                        done -> bootProgress.update("4,000-resample bootstrap",
                                (double) done / EpochRecipe.BOOTSTRAP_RESAMPLES));
        BootstrapResult bootDirect = boot.map(DIRECT, ChinchillaLogSumExpLaw::toDirect);
        double[] se = bootDirect.standardErrors();
        report.value("bootstrap.se.E", se[0]).value("bootstrap.se.A", se[1]).value("bootstrap.se.B", se[2])
                .value("bootstrap.se.alpha", se[3]).value("bootstrap.se.beta", se[4]);

        // Compute-optimal allocation from the reproduced Table 1 fit, and from Hoffmann's parameters.
        ChinchillaAllocation epochAllocation = ChinchillaAllocation.of(mleDirect);
        ChinchillaAllocation hoffmannAllocation = ChinchillaAllocation.of(EpochRecipe.HOFFMANN_UNROUNDED);
        report.value("optimal.a", epochAllocation.parameterExponent())
                .value("optimal.ratio", epochAllocation.tokensPerParameter(EpochRecipe.CHINCHILLA_COMPUTE))
                .value("hoffmann.a", hoffmannAllocation.parameterExponent());

        double[][] interval = bootDirect.percentileInterval(0.95);
        report.parameters(parameterTable("grid-fit", "Approach 3 grid fit (Epoch's recipe)",
                "sum of Huber(delta=1e-3) of log residuals; L-BFGS-B with scipy's defaults from each of the "
                        + "4,500 starts of Hoffmann's grid; best converged start kept; 240 runs",
                gridDirect, null, null, null, new double[] {1.81724, 477.84, 2143.86, 0.347313, 0.367183}));
        report.parameters(parameterTable("likelihood-fit", "Huber-likelihood fit (Epoch's Table 1)",
                "Huber likelihood with free scale on log residuals, L-BFGS-B from Hoffmann's parameters; "
                        + "standard errors and 95% percentile intervals from 4,000 bootstrap refits of the Huber "
                        + "sum (numpy seed 42 resamples, Hoffmann start)",
                mleDirect, se, interval, 0.95, new double[] {1.8172, 482.01, 2085.43, 0.3478, 0.3658}));

        report.table(gridSummary(gridFit));
        report.table(stoppingTable(naive, robust));
        report.table(parameterSets(gridDirect, mleDirect, hoffmannProfile, hoffmannRoundedProfile, epochProfile));
        report.table(droppedRuns(all, kept));
        report.table(bootstrapTable(bootDirect, se));

        report.figure(lossFrontier(kept, all, gridDirect));
        report.figure(predictedVsActual(kept, gridDirect));
        report.figure(tokensPerParameter(mleDirect));

        report.note("Runs: Epoch's digitisation of Hoffmann et al.'s Figure 4 (245 runs). Epoch's filter drops the 5 "
                + "highest losses (the largest models of the ~1e19 FLOP budget), leaving 240; the filter is "
                + "listed in the table of dropped runs.");
        report.note("Table 1's A, B, alpha and beta come from the Huber-likelihood fit, but its E (1.8172) equals the "
                + "grid fit's; the likelihood fit gives E = " + format(mleDirect[0]) + ".");
        report.note("With a free scale the Huber likelihood is maximised at s = delta x mean |r|, so the likelihood fit "
                + "is in effect a least-absolute-deviation fit in log space; its optimum is flat along A and B.");
        report.note("The bootstrap draws the same resamples as Epoch (numpy's legacy MT19937 stream, seed 42) and "
                + "refits each from Hoffmann's parameters to near machine precision; " + boot.failures()
                + " of " + boot.resamples() + " refits ended without passing a convergence test (line searches "
                + "that cannot improve at machine precision) and are kept, as Epoch kept every refit.");
        progress.update("done", 1);
        return report.build();
    }

    private static void putDirect(ReproductionReport.Builder report, String prefix, double[] direct) {
        for (int j = 0; j < DIRECT.size(); j++) {
            report.value(prefix + DIRECT.get(j), direct[j]);
        }
    }

    /** @return log L_i - log L_hat_i for log-sum-exp parameters. */
    static double[] logResiduals(Evaluator evaluator, Observations data, double[] lseParameters) {
        double[] predicted = new double[data.size()];
        evaluator.logPredict(lseParameters, predicted, null);
        double[] r = new double[data.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.log(data.response(i)) - predicted[i];
        }
        return r;
    }

    private static ParameterTable parameterTable(String id, String title, String method, double[] values,
            double[] se, double[][] interval, Double level, double[] published) {
        List<ParameterEstimate> rows = new ArrayList<>();
        for (int j = 0; j < DIRECT.size(); j++) {
            rows.add(new ParameterEstimate(DIRECT.get(j), values[j], se == null ? Double.NaN : se[j],
                    interval == null ? Double.NaN : interval[j][0], interval == null ? Double.NaN : interval[j][1],
                    published[j]));
        }
        return new ParameterTable(id, title, ChinchillaLaw.instance().formula(), method,
                level == null ? Double.NaN : level, rows);
    }

    private static Table gridSummary(MultiStartResult fit) {
        return Table.builder("grid-summary", "The 4,500-start grid", "quantity", "value")
                .caption("L-BFGS-B with scipy's default tolerances from every start; the best converged start wins.")
                .row("starts", fit.starts())
                .row("converged starts", fit.converged())
                .row("starts within 1e-9 of the minimum", fit.startsNearBest(1e-9))
                .row("starts ending at least 1e-5 above the minimum", fit.starts() - fit.startsNearBest(1e-5))
                .row("objective evaluations, all starts", fit.evaluations())
                .row("iterations, all starts", fit.iterations())
                .row("winning start (a, b, e, alpha, beta)", Arrays.toString(fit.best().start()))
                .row("minimum of the Huber sum", fit.best().objective())
                .build();
    }

    private static Table stoppingTable(FitResult naive, FitResult robust) {
        return Table.builder("stopping", "The premature-stopping trap, from Hoffmann's parameters",
                        "stopping rule", "Huber sum", "iterations", "evaluations", "alpha", "beta", "stop")
                .caption("The same objective and start, two stopping rules. scipy's relative-reduction test divides "
                        + "by max(|f|, 1); with a Huber sum near 1e-3 it is absolute and stops next to the start. "
                        + "Dividing the objective by its starting value makes the test relative.")
                .row("scipy defaults, unscaled objective", naive.objective(), naive.iterations(),
                        naive.evaluations(), naive.parameter("alpha"), naive.parameter("beta"), naive.detail())
                .row("scipy defaults, objective scaled by its start value", robust.objective(),
                        robust.iterations(), robust.evaluations(), robust.parameter("alpha"),
                        robust.parameter("beta"), robust.detail())
                .build();
    }

    private static Table parameterSets(double[] grid, double[] mle, HuberLikelihood.Profile hoffmann,
            HuberLikelihood.Profile hoffmannRounded, HuberLikelihood.Profile epoch) {
        Table.Builder t = Table.builder("parameter-sets", "Parameter sets compared", "parameters", "E", "A", "B",
                        "alpha", "beta", "a = beta/(alpha+beta)", "D/N at 5.88e23 FLOP", "Huber log-likelihood")
                .caption("Log-likelihoods on the 240 runs with the Huber scale re-fitted for each parameter set "
                        + "(Epoch's likelihood-ratio test).");
        row(t, "Hoffmann et al. (rounded)", EpochRecipe.HOFFMANN_ROUNDED, hoffmannRounded.logLikelihood());
        row(t, "Hoffmann et al. (unrounded)", EpochRecipe.HOFFMANN_UNROUNDED, hoffmann.logLikelihood());
        row(t, "grid fit (reproduced)", grid, Double.NaN);
        row(t, "likelihood fit (reproduced)", mle, epoch.logLikelihood());
        row(t, "Epoch Table 1 (published)", new double[] {1.8172, 482.01, 2085.43, 0.3478, 0.3658}, Double.NaN);
        return t.build();
    }

    private static void row(Table.Builder t, String label, double[] p, double logLikelihood) {
        ChinchillaAllocation allocation = ChinchillaAllocation.of(p);
        t.row(label, p[0], p[1], p[2], p[3], p[4], allocation.parameterExponent(),
                allocation.tokensPerParameter(EpochRecipe.CHINCHILLA_COMPUTE),
                Double.isNaN(logLikelihood) ? "" : logLikelihood);
    }

    private static Table droppedRuns(List<ChinchillaRun> all, List<ChinchillaRun> kept) {
        Table.Builder t = Table.builder("dropped-runs", "Runs dropped by Epoch's outlier rule",
                        "line", "parameters N", "compute C (FLOP)", "loss")
                .caption("Kept: loss strictly below the 5th-largest loss. " + all.size() + " runs read, "
                        + kept.size() + " kept, " + (all.size() - kept.size()) + " dropped.");
        for (ChinchillaRun r : all) {
            if (!kept.contains(r)) {
                t.row(r.line(), r.modelSize(), r.flops(), r.loss());
            }
        }
        return t.build();
    }

    private static Table bootstrapTable(BootstrapResult boot, double[] se) {
        Table.Builder t = Table.builder("bootstrap", "Bootstrap of the Huber fit (4,000 resamples)", "parameter",
                        "standard error", "published standard error", "2.5th percentile", "97.5th percentile")
                .caption("Standard deviations with ddof = 1 over all resamples; percentiles by numpy's linear rule. "
                        + "Published: Epoch's released notebook output.");
        double[] published = {0.02566, 124.52, 1293.28, 0.01540, 0.02060};
        double[][] interval = boot.percentileInterval(0.95);
        for (int j = 0; j < DIRECT.size(); j++) {
            t.row(DIRECT.get(j), se[j], published[j], interval[j][0], interval[j][1]);
        }
        return t.build();
    }

    private static Chart lossFrontier(List<ChinchillaRun> kept, List<ChinchillaRun> all, double[] fitted) {
        List<Series> series = new ArrayList<>();
        series.add(new Series("runs used (240)", Series.Style.POINTS,
                kept.stream().mapToDouble(ChinchillaRun::flops).toArray(),
                kept.stream().mapToDouble(ChinchillaRun::loss).toArray()));
        List<ChinchillaRun> dropped = all.stream().filter(r -> !kept.contains(r)).toList();
        series.add(new Series("runs dropped (5)", Series.Style.POINTS,
                dropped.stream().mapToDouble(ChinchillaRun::flops).toArray(),
                dropped.stream().mapToDouble(ChinchillaRun::loss).toArray()));
        series.add(frontier("compute-optimal loss, reproduced fit", ChinchillaAllocation.of(fitted),
                Series.Style.LINE));
        series.add(frontier("compute-optimal loss, Hoffmann et al.",
                ChinchillaAllocation.of(EpochRecipe.HOFFMANN_UNROUNDED), Series.Style.DASHED));
        return new Chart("loss-vs-compute", "Final loss against training compute",
                "Each point is one training run digitised from Hoffmann et al.'s Figure 4; the curves are the loss at "
                        + "the compute-optimal allocation implied by the reproduced grid fit and by Hoffmann et al.'s "
                        + "parameters, extended to Chinchilla's 5.88e23 FLOP.",
                Axis.log("Training compute C", "FLOP"), Axis.log("Final training loss", "nats/token"), series);
    }

    private static Series frontier(String name, ChinchillaAllocation allocation, Series.Style style) {
        int points = 61;
        double[] c = new double[points];
        double[] loss = new double[points];
        for (int i = 0; i < points; i++) {
            c[i] = Math.pow(10, 18 + 6.0 * i / (points - 1));
            loss[i] = allocation.optimalLoss(c[i]);
        }
        return new Series(name, style, c, loss);
    }

    private static Chart predictedVsActual(List<ChinchillaRun> kept, double[] direct) {
        double[] actual = kept.stream().mapToDouble(ChinchillaRun::loss).toArray();
        double[] predicted = new double[actual.length];
        for (int i = 0; i < actual.length; i++) {
            ChinchillaRun r = kept.get(i);
            predicted[i] = ChinchillaLaw.instance().predict(new double[] {r.modelSize(), r.tokens()}, direct);
        }
        double lo = Arrays.stream(actual).min().orElse(2);
        double hi = Arrays.stream(actual).max().orElse(4);
        return new Chart("predicted-vs-actual", "Predicted against actual loss (grid fit)",
                "Each point is one of the 240 runs: its digitised loss against the loss the reproduced grid fit "
                        + "predicts; the line marks perfect agreement.",
                Axis.linear("Actual loss", "nats/token"), Axis.linear("Predicted loss", "nats/token"),
                List.of(new Series("runs", Series.Style.POINTS, actual, predicted),
                        new Series("predicted = actual", Series.Style.LINE, new double[] {lo, hi},
                                new double[] {lo, hi})));
    }

    private static Chart tokensPerParameter(double[] mle) {
        int points = 41;
        double[] c = new double[points];
        double[] epoch = new double[points];
        double[] hoffmann = new double[points];
        ChinchillaAllocation e = ChinchillaAllocation.of(mle);
        ChinchillaAllocation h = ChinchillaAllocation.of(EpochRecipe.HOFFMANN_UNROUNDED);
        for (int i = 0; i < points; i++) {
            c[i] = Math.pow(10, 18 + 10.0 * i / (points - 1));
            epoch[i] = e.tokensPerParameter(c[i]);
            hoffmann[i] = h.tokensPerParameter(c[i]);
        }
        return new Chart("tokens-per-parameter", "Compute-optimal tokens per parameter",
                "The ratio D_opt/N_opt implied by the reproduced likelihood fit ("
                        + String.format(Locale.ROOT, "%.1f", e.tokensPerParameter(EpochRecipe.CHINCHILLA_COMPUTE))
                        + " at Chinchilla's 5.88e23 FLOP) and by Hoffmann et al.'s unrounded parameters ("
                        + String.format(Locale.ROOT, "%.1f", h.tokensPerParameter(EpochRecipe.CHINCHILLA_COMPUTE))
                        + "), from 1e18 to 1e28 FLOP.",
                Axis.log("Training compute C", "FLOP"), Axis.log("Tokens per parameter D/N", ""),
                List.of(new Series("reproduced likelihood fit", Series.Style.LINE, c, epoch),
                        new Series("Hoffmann et al. (unrounded)", Series.Style.DASHED, c, hoffmann)));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
