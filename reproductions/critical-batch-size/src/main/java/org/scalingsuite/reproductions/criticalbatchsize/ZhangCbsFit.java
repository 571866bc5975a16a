package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.LevenbergMarquardtFitter;
import org.scalingsuite.core.law.PowerLaw;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangStepsTable;

/**
 * Zhang et al.'s (2024, released notebook {@code plots/chinchilla.ipynb}) critical-batch-size analysis:
 *
 * <ol>
 *   <li>per model, fit {@code S(B) = S_min + E_min/B} to the steps-to-target table by least squares on
 *       {@code log S} (Levenberg-Marquardt, started from the relative-error-weighted linear solve, itself a
 *       weighted least-squares fit of S on 1/B);</li>
 *   <li>CBS = 0.2 E_min/S_min + 1.2 x 256 sequences (20% more steps than linear scaling from B_0 = 256);</li>
 *   <li>fit CBS = a N^b (N in millions) by least squares on log CBS.</li>
 * </ol>
 *
 * The unweighted linear-space fit is kept beside the log-space one: it is dominated by the small-batch rows
 * (tens to hundreds of thousands of steps) and lands far off for some models.
 */
public final class ZhangCbsFit {

    private static final LevenbergMarquardtFitter FITTER = LevenbergMarquardtFitter.withDefaults()
            .withFtol(1e-14).withXtol(1e-14);

    private ZhangCbsFit() {
    }

    /** @return one fit per model, in table order. */
    public static List<ZhangModelFit> fitModels(List<ZhangRun> runs) {
        List<ZhangModelFit> fits = new ArrayList<>();
        for (Map.Entry<String, List<ZhangRun>> e : ZhangStepsTable.byModel(runs).entrySet()) {
            fits.add(fitModel(e.getKey(), e.getValue()));
        }
        return List.copyOf(fits);
    }

    /** @return the fits of one model's rows (batch sizes in sequences, steps from the final table). */
    public static ZhangModelFit fitModel(String model, List<ZhangRun> unsorted) {
        List<ZhangRun> rows = unsorted.stream().sorted(java.util.Comparator.comparingDouble(ZhangRun::batchSequences))
                .toList();
        double[] b = rows.stream().mapToDouble(ZhangRun::batchSequences).toArray();
        double[] s = rows.stream().mapToDouble(ZhangRun::steps).toArray();
        Observations data = Observations.of(List.of("B"), new double[][] {b}, "steps", s);
        StepsToTargetLaw law = StepsToTargetLaw.instance();

        double[] weights = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            weights[i] = 1 / (s[i] * s[i]);
        }
        // A crude start: S_min from the largest batch, E_min from the smallest.
        double[] naiveStart = {s[s.length - 1], s[0] * b[0]};
        FitResult weighted = FITTER.fit(FitProblem.of(law, data.withWeights(weights), LeastSquares.raw()), naiveStart);
        FitResult logFit = FITTER.fit(FitProblem.of(law, data, LeastSquares.log()), weighted.parameters());
        FitResult linear = FITTER.fit(FitProblem.of(law, data, LeastSquares.raw()), weighted.parameters());
        requireConverged(model, "log-space", logFit);
        requireConverged(model, "linear-space", linear);
        double[] p = logFit.parameters();
        double[] q = linear.parameters();
        ZhangRun first = rows.get(0);
        return new ZhangModelFit(model, first.sizeMillions(), first.targetLoss(), first.sequenceLength(),
                new StepsExamplesTradeoff(p[0], p[1]), logFit, new StepsExamplesTradeoff(q[0], q[1]),
                Math.sqrt(logFit.objective() / rows.size()));
    }

    /**
     * @return the log-space fit of CBS = a N^b to the per-model CBS (N in millions), as a {@link PowerLaw}
     *         result with parameters (A, alpha) where b = -alpha
     */
    public static FitResult fitPowerLaw(List<ZhangModelFit> fits) {
        double[] n = fits.stream().mapToDouble(ZhangModelFit::sizeMillions).toArray();
        double[] cbs = fits.stream().mapToDouble(ZhangModelFit::criticalBatchSequences).toArray();
        Observations data = Observations.of(List.of("N"), new double[][] {n}, "cbs", cbs);
        FitResult fit = FITTER.fit(FitProblem.of(PowerLaw.of("N"), data, LeastSquares.log()), new double[] {100, -0.5});
        requireConverged("CBS(N)", "log-space power law", fit);
        return fit;
    }

    /**
     * @return the log-space fit of Kaplan's form B_crit = B* / L^(1/alpha_B) to (target loss, McCandlish B_crit in
     *         tokens) pairs, as {@link KaplanCriticalBatch}
     */
    public static KaplanCriticalBatch fitKaplanForm(List<ZhangModelFit> fits) {
        double[] loss = fits.stream().mapToDouble(ZhangModelFit::targetLoss).toArray();
        double[] bcrit = fits.stream().mapToDouble(ZhangModelFit::mcCandlishCriticalBatchTokens).toArray();
        Observations data = Observations.of(List.of("L"), new double[][] {loss}, "bcrit", bcrit);
        FitResult fit = FITTER.fit(FitProblem.of(PowerLaw.of("L"), data, LeastSquares.log()), new double[] {1e9, 5});
        requireConverged("B_crit(L)", "log-space power law", fit);
        return new KaplanCriticalBatch(fit.parameter("A"), 1 / fit.parameter("alpha"));
    }

    private static void requireConverged(String model, String what, FitResult fit) {
        if (!fit.converged()) {
            throw new IllegalStateException(model + ": the " + what + " fit did not converge: " + fit);
        }
    }
}
