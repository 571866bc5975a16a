package org.scalingsuite.site.fit;

import java.util.List;
import java.util.function.IntConsumer;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.ChinchillaStarts;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.stats.Bootstrap;
import org.scalingsuite.core.stats.BootstrapResult;

/**
 * Fits the Chinchilla law to a user's runs with the Hoffmann/Epoch recipe and attaches bootstrap intervals:
 *
 * <ol>
 *   <li>Huber (delta = 1e-3) on log residuals, log-sum-exp parameters, L-BFGS-B to near machine precision
 *       ({@link LbfgsbFitter#withDefaults()}) from each of Hoffmann's 4,500 starts; the best converged
 *       start is kept;</li>
 *   <li>a nonparametric bootstrap: each resample of the runs is refitted from the best fit.</li>
 * </ol>
 *
 * @param fit       the grid fit
 * @param direct    the best parameters as (E, A, B, alpha, beta)
 * @param bootstrap the bootstrap estimates as (E, A, B, alpha, beta), or null when disabled
 * @param settings  the settings used
 */
public record ChinchillaFit(MultiStartResult fit, double[] direct, BootstrapResult bootstrap, Settings settings) {

    /**
     * @param resamples  bootstrap resamples (0: no bootstrap)
     * @param seed       bootstrap seed
     * @param confidence confidence level of the percentile intervals
     * @param threads    worker threads
     * @param delta      Huber delta on log residuals
     */
    public record Settings(int resamples, long seed, double confidence, int threads, double delta) {
    }

    /** Runs the recipe; {@code progress} receives the completed fraction. */
    public static ChinchillaFit run(Observations runs, Settings settings, java.util.function.DoubleConsumer progress) {
        FitProblem problem = FitProblem.of(ChinchillaLogSumExpLaw.instance(), runs,
                HuberLoss.onLogResiduals(settings.delta()));
        LbfgsbFitter fitter = LbfgsbFitter.withDefaults();
        var grid = ChinchillaStarts.hoffmannGrid();
        double gridShare = settings.resamples() > 0 ? 0.5 : 1.0;
        MultiStartResult fit = MultiStartFitter.of(fitter).withThreads(settings.threads())
                .fit(problem, grid, done -> progress.accept(gridShare * done / grid.size()));
        double[] best = fit.best().parameters();
        BootstrapResult boot = null;
        if (settings.resamples() > 0) {
            IntConsumer bootProgress = done -> progress.accept(gridShare + (1 - gridShare) * done / settings.resamples());
            boot = Bootstrap.withDefaults().withResamples(settings.resamples()).withSeed(settings.seed())
                    .withThreads(settings.threads())
                    .run(runs, sample -> fitter.fit(problem.withData(sample), best), problem.parameterNames(),
                            bootProgress)
                    .map(ChinchillaLaw.PARAMETERS, ChinchillaLogSumExpLaw::toDirect);
        }
        return new ChinchillaFit(fit, ChinchillaLogSumExpLaw.toDirect(best), boot, settings);
    }

    @Override
    public double[] direct() {
        return direct.clone();
    }

    /** @return the parameter names (E, A, B, alpha, beta). */
    public List<String> names() {
        return ChinchillaLaw.PARAMETERS;
    }

    /** @return the predicted loss at (N, D). */
    public double predict(double params, double tokens) {
        return ChinchillaLaw.instance().predict(new double[] {params, tokens}, direct);
    }

    /** @return the bootstrap percentile interval of the prediction at (N, D), or null without a bootstrap. */
    public double[] predictionInterval(double params, double tokens) {
        if (bootstrap == null) {
            return null;
        }
        double[][] rows = bootstrap.estimates();
        double[] predictions = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            predictions[r] = ChinchillaLaw.instance().predict(new double[] {params, tokens}, rows[r]);
        }
        double level = settings.confidence();
        return new double[] {
            org.scalingsuite.core.stats.Percentiles.percentile(predictions, 50 * (1 - level)),
            org.scalingsuite.core.stats.Percentiles.percentile(predictions, 50 * (1 + level))
        };
    }
}
