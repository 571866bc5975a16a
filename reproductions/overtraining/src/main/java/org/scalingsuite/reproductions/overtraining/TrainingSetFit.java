package org.scalingsuite.reproductions.overtraining;

import java.util.Comparator;
import java.util.List;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.reproductions.overtraining.data.ModelRun;
import org.scalingsuite.reproductions.overtraining.data.TrainingSet;

/**
 * The authors' default fit ({@link GadreRecipe}) on one training set: the loss law from the 5-run fit set and the
 * error law for the 17- and 46-task splits from the 6-run fit set, with predictions for any run.
 *
 * @param trainingSet the training distribution
 * @param lossRuns    the loss fit set, ordered as the authors' code orders it (M = 20 by compute, then 0.011B
 *                    at M = 320)
 * @param errorRuns   the error fit set (lossRuns plus 1.4B at M = 20)
 * @param lossFit     the 128-start Levenberg-Marquardt fit of {@link OvertrainingLaw}
 * @param error17     the error-law fit on the 17-task split
 * @param error46     the error-law fit on the 46-task split
 * @param tasks46     the 46 task keys
 */
public record TrainingSetFit(TrainingSet trainingSet, List<ModelRun> lossRuns, List<ModelRun> errorRuns,
        MultiStartResult lossFit, FitResult error17, FitResult error46, List<String> tasks46) {

    /** Fits the authors' default laws to the runs of one training set. */
    public static TrainingSetFit fit(TrainingSet set, List<ModelRun> runs, List<String> tasks46, int threads) {
        Comparator<ModelRun> authorsOrder = Comparator.comparing((ModelRun r) -> r.multiplier() != 20)
                .thenComparingDouble(ModelRun::compute);
        List<ModelRun> lossRuns = runs.stream().filter(GadreRecipe::inLossFit).sorted(authorsOrder).toList();
        List<ModelRun> errorRuns = runs.stream().filter(GadreRecipe::inErrorFit)
                .sorted(Comparator.comparing((ModelRun r) -> !GadreRecipe.inLossFit(r)).thenComparing(authorsOrder))
                .toList();
        if (lossRuns.size() != 5 || errorRuns.size() != 6) {
            throw new IllegalStateException(set.label() + ": expected 5 loss-fit and 6 error-fit runs, found "
                    + lossRuns.size() + " and " + errorRuns.size());
        }
        FitProblem lossProblem = FitProblem.of(OvertrainingLaw.instance(), lossObservations(lossRuns),
                LeastSquares.raw());
        MultiStartResult lossFit = MultiStartFitter.of(GadreRecipe.fitter()).withThreads(threads)
                .fit(lossProblem, GadreRecipe.lossGrid());
        FitResult e17 = fitError(errorRuns, GadreRecipe.SUBSET_17);
        FitResult e46 = fitError(errorRuns, tasks46);
        return new TrainingSetFit(set, lossRuns, errorRuns, lossFit, e17, e46, tasks46);
    }

    /** @return inputs (N, M) and response C4-eval loss. */
    static Observations lossObservations(List<ModelRun> runs) {
        return lossObservations(runs, ModelRun.C4_EVAL);
    }

    /** @return inputs (N, M) and response the loss on validation set {@code set}. */
    static Observations lossObservations(List<ModelRun> runs, String set) {
        double[] n = runs.stream().mapToDouble(r -> (double) r.parameters()).toArray();
        double[] m = runs.stream().mapToDouble(ModelRun::multiplier).toArray();
        double[] loss = runs.stream().mapToDouble(r -> r.loss(set)).toArray();
        return Observations.of(OvertrainingLaw.INPUTS, new double[][] {n, m}, "loss on " + set, loss);
    }

    /** @return the authors' 128-start loss-law fit to the loss fit set, on another validation set. */
    public MultiStartResult refitOn(String set, int threads) {
        FitProblem problem = FitProblem.of(OvertrainingLaw.instance(), lossObservations(lossRuns, set),
                LeastSquares.raw());
        return MultiStartFitter.of(GadreRecipe.fitter()).withThreads(threads).fit(problem, GadreRecipe.lossGrid());
    }

    private static FitResult fitError(List<ModelRun> runs, List<String> tasks) {
        double[] loss = runs.stream().mapToDouble(ModelRun::c4Loss).toArray();
        double[] err = runs.stream().mapToDouble(r -> r.meanError(tasks)).toArray();
        Observations data = Observations.of(List.of("L"), new double[][] {loss}, "mean top-1 error", err);
        return GadreRecipe.fitter().fit(FitProblem.of(ErrorLaw.instance(), data, LeastSquares.raw()),
                GadreRecipe.ERROR_START);
    }

    /** @return the fitted loss-law parameters (A, b, exponent, E). */
    public double[] lossParameters() {
        return lossFit.best().parameters();
    }

    /** @return the predicted C4-eval loss of a run. */
    public double predictLoss(ModelRun run) {
        return OvertrainingLaw.instance().predict(new double[] {run.parameters(), run.multiplier()},
                lossParameters());
    }

    /** @return the error-law parameters (k, gamma, epsilon) for a split. */
    public double[] errorParameters(Split split) {
        return (split == Split.TASKS_17 ? error17 : error46).parameters();
    }

    /** @return the predicted mean error of a run: the error law at the predicted loss. */
    public double predictError(ModelRun run, Split split) {
        return ErrorLaw.at(errorParameters(split), predictLoss(run));
    }

    /** @return the measured mean error of a run over a split. */
    public double actualError(ModelRun run, Split split) {
        return run.meanError(split == Split.TASKS_17 ? GadreRecipe.SUBSET_17 : tasks46);
    }

    /** @return 100 |predicted - actual| / actual of the C4-eval loss, in percent. */
    public double lossRelativeError(ModelRun run) {
        return relativeErrorPercent(predictLoss(run), run.c4Loss());
    }

    /** @return 100 |predicted - actual| / actual of the mean error over a split, in percent. */
    public double errorRelativeError(ModelRun run, Split split) {
        return relativeErrorPercent(predictError(run, split), actualError(run, split));
    }

    /** @return the summed compute 6ND of the loss fit set. */
    public double lossFitCompute() {
        return lossRuns.stream().mapToDouble(ModelRun::compute).sum();
    }

    /** @return the summed compute 6ND of the error fit set. */
    public double errorFitCompute() {
        return errorRuns.stream().mapToDouble(ModelRun::compute).sum();
    }

    static double relativeErrorPercent(double predicted, double actual) {
        return 100 * Math.abs(predicted - actual) / actual;
    }

    /** The two downstream task splits. */
    public enum Split {
        TASKS_17("17-task"),
        TASKS_46("46-task");

        private final String label;

        Split(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
