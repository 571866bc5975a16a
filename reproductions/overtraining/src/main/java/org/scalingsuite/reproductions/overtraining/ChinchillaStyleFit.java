package org.scalingsuite.reproductions.overtraining;

import java.util.List;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.reproductions.overtraining.data.ModelRun;

/**
 * The labelled second method: the same law and the same 5 runs as the authors' fit, estimated the way
 * Hoffmann et al. (2022) fit Chinchilla's Approach 3 instead: the sum of Huber(delta = 1e-3) losses of log
 * residuals, L-BFGS-B from each start of a 900-point log-sum-exp grid ({@link GadreRecipe#huberGrid()}), the
 * lowest converged objective kept. It is not the authors' method and its predictions are reported beside theirs,
 * never in place of them.
 *
 * @param fit      the multi-start result over (a, b, e, alpha)
 * @param lossRuns the runs fitted
 */
public record ChinchillaStyleFit(MultiStartResult fit, List<ModelRun> lossRuns) {

    /** Fits the loss fit set of {@code authors} with the Chinchilla-style method. */
    public static ChinchillaStyleFit fit(TrainingSetFit authors, int threads) {
        FitProblem problem = FitProblem.of(OvertrainingLogSumExpLaw.instance(),
                TrainingSetFit.lossObservations(authors.lossRuns()), GadreRecipe.huberObjective());
        MultiStartResult result = MultiStartFitter.of(GadreRecipe.huberFitter()).withThreads(threads)
                .fit(problem, GadreRecipe.huberGrid());
        return new ChinchillaStyleFit(result, authors.lossRuns());
    }

    /** @return the fitted parameters in {@link OvertrainingLaw}'s form (A, b, exponent, E). */
    public double[] lossParameters() {
        return OvertrainingLogSumExpLaw.toOvertrainingLaw(fit.best().parameters());
    }

    /** @return the predicted C4-eval loss of a run. */
    public double predictLoss(ModelRun run) {
        return OvertrainingLogSumExpLaw.instance().predict(new double[] {run.parameters(), run.multiplier()},
                fit.best().parameters());
    }

    /** @return 100 |predicted - actual| / actual of the C4-eval loss, in percent. */
    public double lossRelativeError(ModelRun run) {
        return TrainingSetFit.relativeErrorPercent(predictLoss(run), run.c4Loss());
    }
}
