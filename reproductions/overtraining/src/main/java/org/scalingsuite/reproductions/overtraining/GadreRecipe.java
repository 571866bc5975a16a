package org.scalingsuite.reproductions.overtraining;

import java.util.List;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.LevenbergMarquardtFitter;
import org.scalingsuite.core.fit.StartGrid;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.reproductions.overtraining.data.ModelRun;
import org.scalingsuite.reproductions.overtraining.data.ModelShape;

/**
 * The constants of Gadre et al.'s (2024) default fit ("Table 2 defaults"), as their released code
 * (mlfoundations/scaling @ a003c49: {@code scaling/laws.py}, {@code scaling/shared.py::fit_ds}, the notebook)
 * runs it, in one place.
 *
 * <ul>
 *   <li>Loss law {@link OvertrainingLaw} on the raw C4-eval loss, plain least squares, Levenberg-Marquardt with
 *       curve_fit's defaults (ftol = xtol = 1.49012e-8, gtol = 0, step bound 100, maxfev 10,000), from each of
 *       128 starts: A, b in {1e2, 3e2, 1e3, 3e3}, exponent in {-0.1, -0.3}, E in {0, 1, 2, 10}; the lowest SSR
 *       wins (the authors rank by sqrt(SSR/(n-2)), the same order).</li>
 *   <li>Loss fit set (5 runs): 0.011B, 0.079B, 0.154B, 0.411B at M = 20, and 0.011B at M = 320.</li>
 *   <li>Error law {@link ErrorLaw} on the mean top-1 error over a task split against the measured C4-eval loss,
 *       fit on those 5 runs plus 1.4B at M = 20, Levenberg-Marquardt from the single start (1, 1, 1).</li>
 *   <li>Targets: the over-trained 1.4B run (M = 640 on RedPajama, 80 on C4, 320 on RefinedWeb) and 6.9B at
 *       M = 20; predicted error = error law at the predicted loss; relative error = |pred - actual| / actual.</li>
 * </ul>
 * The second, Chinchilla-style method (Huber on log loss, L-BFGS-B, Hoffmann's grid) is defined here too, to
 * keep it visibly apart.
 */
public final class GadreRecipe {

    /** The token multiplier of compute-optimal runs. */
    public static final double COMPUTE_OPTIMAL = 20;
    /** The multiplier of the one over-trained run in the loss fit set (0.011B). */
    public static final double FIT_OVERTRAINED = 320;
    /** The shapes of the loss fit set at M = 20. */
    public static final List<ModelShape> SMALL_SHAPES = List.of(ModelShape.D96_L8_H4, ModelShape.D512_L8_H4,
            ModelShape.D576_L24_H8, ModelShape.D1024_L24_H8);
    /** The error law's single start (k, gamma, epsilon): curve_fit's default p0. */
    public static final double[] ERROR_START = {1, 1, 1};
    /** Huber threshold of the second method, on log residuals (Hoffmann et al.). */
    public static final double HUBER_DELTA = 1e-3;

    /**
     * The 17-task split ({@code SUBSET} of the authors' {@code constants.py}): the tasks on which the testbed's
     * models score clearly above chance.
     */
    public static final List<String> SUBSET_17 = List.of("bigbench_operators", "pubmed_qa_labeled",
            "hellaswag_zeroshot", "boolq", "arc_easy", "coqa", "bigbench_dyck_languages", "lambada_openai",
            "bigbench_novel_concepts", "winograd", "bigbench_cs_algorithms", "commonsense_qa",
            "bigbench_qa_wikidata", "hellaswag", "copa", "squad", "piqa");

    private GadreRecipe() {
    }

    /** @return the 128-start grid over (A, b, exponent, E), A slowest and E fastest, as the authors loop. */
    public static StartGrid lossGrid() {
        double[] coefficients = {1e2, 3e2, 1e3, 3e3};
        return StartGrid.builder()
                .values("A", coefficients)
                .values("b", coefficients)
                .values("exponent", -0.1, -0.3)
                .values("E", 0, 1, 2, 10)
                .order("A", "b", "exponent", "E")
                .build(OvertrainingLaw.PARAMETERS);
    }

    /**
     * @return Levenberg-Marquardt with scipy curve_fit's defaults and the authors' maxfev of 10,000. How it
     *         compares with {@code curve_fit(f, x, y, p0, maxfev=10000)} (MINPACK {@code lmdif} through
     *         {@code leastsq}): the same ftol = xtol = 1.49012e-8, gtol = 0, initial step bound factor 100 and
     *         column scaling; the Jacobian is analytic instead of forward differences, and an evaluation here
     *         computes residuals and Jacobian together, where MINPACK's maxfev also counts the N + 1 calls of each
     *         difference Jacobian (no fit here comes near either limit). MINPACK's exits 5-8 (maxfev reached,
     *         tolerances too small), on which curve_fit raises and the authors' loop would stop, are
     *         non-converged results here, never selected by {@link org.scalingsuite.core.fit.MultiStartFitter};
     *         on the released data every start converges to one optimum.
     */
    public static LevenbergMarquardtFitter fitter() {
        return LevenbergMarquardtFitter.withDefaults().withMaxEvaluations(10_000);
    }

    /** @return true for the 5 runs of the loss fit set. */
    public static boolean inLossFit(ModelRun r) {
        return (r.multiplier() == COMPUTE_OPTIMAL && SMALL_SHAPES.contains(r.shape()))
                || (r.multiplier() == FIT_OVERTRAINED && r.shape() == ModelShape.D96_L8_H4);
    }

    /** @return true for the 6 runs of the error fit set. */
    public static boolean inErrorFit(ModelRun r) {
        return inLossFit(r) || (r.multiplier() == COMPUTE_OPTIMAL && r.shape() == ModelShape.OPEN_LM_1B);
    }

    /** @return true for the over-trained 1.4B target (the 1.4B run with M above 20). */
    public static boolean isOvertrainedTarget(ModelRun r) {
        return r.shape() == ModelShape.OPEN_LM_1B && r.multiplier() > COMPUTE_OPTIMAL;
    }

    /** @return true for the compute-optimal 6.9B target. */
    public static boolean isLargeTarget(ModelRun r) {
        return r.shape() == ModelShape.OPEN_LM_7B && r.multiplier() == COMPUTE_OPTIMAL;
    }

    /**
     * @return the second method's grid over (a, b, e, alpha), Hoffmann et al.'s App. D.2 values with one
     *         exponent: a, b in {0, 5, ..., 25}, e in {-1, -0.5, ..., 1}, alpha in {0, 0.5, ..., 2}; 900 starts
     */
    public static StartGrid huberGrid() {
        return StartGrid.builder()
                .values("alpha", StartGrid.range(0, 2, 0.5))
                .values("e", StartGrid.range(-1, 1, 0.5))
                .values("a", StartGrid.range(0, 25, 5))
                .values("b", StartGrid.range(0, 25, 5))
                .order("alpha", "e", "a", "b")
                .build(OvertrainingLogSumExpLaw.PARAMETERS);
    }

    /** @return the second method's objective: the sum of Huber(1e-3) losses of log residuals. */
    public static HuberLoss huberObjective() {
        return HuberLoss.onLogResiduals(HUBER_DELTA);
    }

    /**
     * @return L-BFGS-B run to near machine precision (objective scaled by its start value): with five runs the
     *         Huber sum is far below 1, where scipy's absolute stopping test would end next to the start
     */
    public static LbfgsbFitter huberFitter() {
        return LbfgsbFitter.withDefaults();
    }
}
