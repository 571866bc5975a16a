package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.LevenbergMarquardtFitter;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.stats.Bootstrap;
import org.scalingsuite.core.stats.BootstrapResult;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRuns;

/**
 * Step Law's fitting recipe (read in the authors' {@code code/fit_tool.py}), applied to a released grid:
 *
 * <ol>
 *   <li>per (N, D) cell keep the runs with {@code |L / L_min - 1| < 0.25%} (smoothed loss);</li>
 *   <li>convert the batch to tokens ({@code bs x 2048});</li>
 *   <li>fit {@code ln lr = c + a ln N + b ln D} and {@code ln B = c' + g ln D} by ordinary least squares;</li>
 *   <li>refit on {@code resamples} bootstrap resamples of the kept runs (both laws on the same resample) and
 *       average the coefficients.</li>
 * </ol>
 *
 * @param kept      the runs that passed the filter
 * @param pointFit  the OLS fit on all kept runs
 * @param mean      the bootstrap mean (the authors' reported law)
 * @param lrBoot    the bootstrap of the learning-rate law
 * @param bsBoot    the bootstrap of the batch law
 */
public record StepLawRefit(List<StepLawRun> kept, StepLaw pointFit, StepLaw mean, BootstrapResult lrBoot,
        BootstrapResult bsBoot) {

    /** The authors' filter: runs within 0.25% of their cell's minimum smoothed loss. */
    public static final double FILTER = 0.0025;

    private static final LevenbergMarquardtFitter FITTER = LevenbergMarquardtFitter.withDefaults()
            .withFtol(1e-14).withXtol(1e-14);
    /** Resamples start at the full-data solution, so scipy's default tolerances suffice (the model is linear). */
    private static final LevenbergMarquardtFitter RESAMPLE_FITTER = LevenbergMarquardtFitter.withDefaults();

    /** @return the runs within {@code threshold} (relative) of their cell's minimum smoothed loss, per cell in order. */
    public static List<StepLawRun> nearOptimal(List<StepLawRun> runs, double threshold) {
        List<StepLawRun> kept = new ArrayList<>();
        for (Map.Entry<StepLawRuns.Cell, List<StepLawRun>> e : StepLawRuns.byCell(runs).entrySet()) {
            double min = e.getValue().stream().mapToDouble(StepLawRun::smoothLoss).min().orElseThrow();
            for (StepLawRun r : e.getValue()) {
                if (Math.abs(r.smoothLoss() / min - 1) < threshold) {
                    kept.add(r);
                }
            }
        }
        return List.copyOf(kept);
    }

    /** Runs the recipe with {@code resamples} bootstrap resamples drawn from {@code seed}. */
    public static StepLawRefit run(List<StepLawRun> runs, int resamples, long seed, int threads) {
        List<StepLawRun> kept = nearOptimal(runs, FILTER);
        double[] logN = kept.stream().mapToDouble(r -> Math.log(r.parameters())).toArray();
        double[] logD = kept.stream().mapToDouble(r -> Math.log(r.tokens())).toArray();
        double[] logLr = kept.stream().mapToDouble(r -> Math.log(r.learningRate())).toArray();
        double[] logBs = kept.stream().mapToDouble(r -> Math.log(r.batchTokens())).toArray();
        Observations lrData = Observations.of(List.of("lnN", "lnD"), new double[][] {logN, logD}, "lnlr", logLr);
        Observations bsData = Observations.of(List.of("lnD"), new double[][] {logD}, "lnB", logBs);
        FitProblem lrProblem = FitProblem.of(LinearLaw.of("lnN", "lnD"), lrData, LeastSquares.raw());
        FitProblem bsProblem = FitProblem.of(LinearLaw.of("lnD"), bsData, LeastSquares.raw());
        double[] lrStart = {0, -0.7, 0.3};
        double[] bsStart = {0, 0.5};
        FitResult lr = FITTER.fit(lrProblem, lrStart);
        FitResult bs = FITTER.fit(bsProblem, bsStart);
        if (!lr.converged() || !bs.converged()) {
            throw new IllegalStateException("Step Law OLS did not converge: " + lr + "; " + bs);
        }
        // The same seed draws the same resamples (rows of the kept set) for both laws, as the authors refit
        // both laws on one resample.
        Bootstrap boot = Bootstrap.withDefaults().withResamples(resamples).withSeed(seed).withThreads(threads);
        double[] lrFrom = lr.parameters();
        double[] bsFrom = bs.parameters();
        BootstrapResult lrBoot = boot.run(lrData, d -> RESAMPLE_FITTER.fit(lrProblem.withData(d), lrFrom),
                lrProblem.parameterNames());
        BootstrapResult bsBoot = boot.run(bsData, d -> RESAMPLE_FITTER.fit(bsProblem.withData(d), bsFrom),
                bsProblem.parameterNames());
        double[] lrMean = means(lrBoot);
        double[] bsMean = means(bsBoot);
        double[] p = lr.parameters();
        double[] q = bs.parameters();
        return new StepLawRefit(kept, new StepLaw(p[0], p[1], p[2], q[0], q[1]),
                new StepLaw(lrMean[0], lrMean[1], lrMean[2], bsMean[0], bsMean[1]), lrBoot, bsBoot);
    }

    private static double[] means(BootstrapResult boot) {
        double[] m = new double[boot.parameterNames().size()];
        for (int j = 0; j < m.length; j++) {
            m[j] = java.util.Arrays.stream(boot.column(j)).average().orElseThrow();
        }
        return m;
    }
}
