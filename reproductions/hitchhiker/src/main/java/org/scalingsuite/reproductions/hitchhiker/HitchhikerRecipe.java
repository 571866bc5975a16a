package org.scalingsuite.reproductions.hitchhiker;

import java.util.List;

/**
 * The constants of Choshen, Zhang and Andreas (2024), "A Hitchhiker's Guide to Scaling Law Estimation"
 * (arXiv:2410.11840), as their released code (IBM/ColPret @ 16f23bb) sets them.
 *
 * <ul>
 *   <li>Form: L = E + A/N^alpha + B/D^beta fitted as (a, b, e, alpha, beta) with A = e^a, B = e^b, E = e^e.
 *   <li>Objective: least squares on the raw loss values (no log, no Huber).
 *   <li>One start, Muennighoff et al.'s fit: (6.255414, 7.3049974, 0.6254804, 0.3526596, 0.3526596); bounds
 *       alpha, beta &gt;= 0, the rest free.
 *   <li>Target: the largest model's checkpoints with tokens &gt;= 0.7 of its maximum (the last 30%).
 *   <li>The "10B cut" keeps training tokens strictly above 1e10.
 * </ul>
 *
 * <p>The authors call {@code scipy.optimize.curve_fit} with bounds: a trust-region-reflective solver with a
 * finite-difference Jacobian and ftol = xtol = gtol = 1e-8. Where the problem is well posed (three or more
 * training models, or the one-model form) its optimum does not depend on the solver: refitting with
 * Levenberg-Marquardt and an analytic Jacobian moves ARE by at most 0.007 percentage points (paper notes,
 * Sec. 5.2). We use {@link LevenbergMarquardt} with the analytic Jacobian ({@link ChinchillaResiduals}),
 * tolerances 1e-10 and the bounds enforced by projection. The tolerance matters: at scipy's 1e-8 the
 * relative-reduction test stops Levenberg-Marquardt early on ill-conditioned fits (a GPT-3 keep-last window moved
 * by 0.14 points), while at 1e-10 every identified fit of the 511-fit reference protocol agrees with the
 * numpy/scipy peer within 0.0073 points. Where the fit is not identified (two models for five parameters, no more checkpoints than
 * parameters) the optimum is a manifold and the end point depends on the solver's path; those cells are reported,
 * not asserted.
 */
public final class HitchhikerRecipe {

    /** Muennighoff et al.'s fitted (a, b, e, alpha, beta), the authors' single start. */
    public static final double[] START = {6.255414, 7.3049974, 0.6254804, 0.3526596, 0.3526596};
    /** The fixed log size scale of the one-model form. */
    public static final double FIXED_A = 6.255414;
    /** The fixed size exponent of the one-model form. */
    public static final double FIXED_ALPHA = 0.3526596;
    /** The one-model start (b, e, beta). */
    public static final double[] ONE_MODEL_START = {7.3049974, 0.6254804, 0.3526596};

    /** Test rows: tokens at least this fraction of the target's maximum. */
    public static final double TEST_FRACTION = 0.7;
    /** The 10B cut: training (and, where stated, test) tokens strictly above this. */
    public static final double CUT_TOKENS = 1e10;
    /** The fractions p of the training tokens (columns of the heatmaps). */
    public static final List<Double> PERCENTAGES = List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    /** Keep-last fractions m of Fig. 4: training window [m x 0.7 T, 0.7 T). */
    public static final List<Double> MINIMAL_CUTS = List.of(0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99);
    /** Models per window in the closer-in-scale experiment (Fig. 1a). */
    public static final int WINDOW_MODELS = 4;

    private HitchhikerRecipe() {
    }

    /** Lower bounds of (a, b, e, alpha, beta): alpha, beta &gt;= 0, the rest free. */
    static final double[] LOWER = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 0};
    /** Lower bounds of the one-model (b, e, beta): beta &gt;= 0. */
    static final double[] ONE_MODEL_LOWER = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};

    /** @return the solver: Levenberg-Marquardt with the analytic Jacobian, ftol = xtol = 1e-10, gtol = 1e-12. */
    static LevenbergMarquardt solver() {
        return new LevenbergMarquardt(1e-10, 1e-10, 1e-12, 10_000);
    }
}
