package org.scalingsuite.reproductions.chinchilla;

import org.scalingsuite.core.fit.ChinchillaStarts;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.StartGrid;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.optim.lbfgsb.LbfgsbOptimizer;

/**
 * The constants of Hoffmann et al.'s Approach 3 as replicated by Besiroglu et al. (2024), in one place.
 *
 * <ul>
 *   <li>Objective: sum over runs of Huber(delta = 1e-3) of {@code log L - LSE(a - alpha log N, b - beta log D, e)}.</li>
 *   <li>Data: Epoch's 245 digitised runs, the 5 highest losses dropped (240 kept); D = C / (6N).</li>
 *   <li>Grid (Hoffmann App. D.2): alpha, beta in {0, 0.5, ..., 2}; e in {-1, -0.5, ..., 1};
 *       a, b in {0, 5, ..., 25}: 5 x 5 x 5 x 6 x 6 = 4,500 starts, iterated with alpha slowest and b
 *       fastest (Epoch's {@code itertools.product(alpha, beta, e, a, b)}).</li>
 *   <li>Bootstrap: 4,000 resamples drawn by numpy's legacy generator seeded with 42, each refitted from
 *       Hoffmann's rounded parameters, to near machine precision ({@link LbfgsbFitter#withDefaults()}).</li>
 *   <li>Huber-likelihood fit (Table 1): from Hoffmann's rounded parameters and sigma = 0, run until an
 *       iteration gains nothing ({@link #likelihoodFitter()}).</li>
 * </ul>
 */
public final class EpochRecipe {

    /** Huber threshold on log residuals. */
    public static final double HUBER_DELTA = 1e-3;
    /** Runs with the highest losses that Epoch drops. */
    public static final int OUTLIERS_DROPPED = 5;
    public static final int BOOTSTRAP_RESAMPLES = 4000;
    public static final long BOOTSTRAP_SEED = 42;
    /** Chinchilla's training compute, 6 x 70e9 parameters x 1.4e12 tokens, in FLOP. */
    public static final double CHINCHILLA_COMPUTE = 6 * 70e9 * 1.4e12;

    /** Hoffmann et al.'s published parameters (E, A, B, alpha, beta), as rounded in the paper body. */
    public static final double[] HOFFMANN_ROUNDED = {1.69, 406.4, 410.7, 0.34, 0.28};
    /**
     * Hoffmann et al.'s unrounded parameters from the paper's TeX source, as Epoch's notebook holds them in
     * the log-sum-exp parameterisation (a, b, e, alpha, beta); E 1.69337, A 406.401, B 410.723. The
     * likelihood is sensitive to these digits: the 5-digit values (1.6934, 406.40, 410.72, 0.33917,
     * 0.28491) give 837.83 instead of 837.78.
     */
    public static final double[] HOFFMANN_UNROUNDED_LSE = {6.0073404, 6.0179186, 0.5267228, 0.33917084, 0.2849083};
    /** {@link #HOFFMANN_UNROUNDED_LSE} as (E, A, B, alpha, beta). */
    public static final double[] HOFFMANN_UNROUNDED = ChinchillaLogSumExpLaw.toDirect(HOFFMANN_UNROUNDED_LSE);

    private EpochRecipe() {
    }

    /** @return Hoffmann's App. D.2 grid over the log-sum-exp parameters (a, b, e, alpha, beta). */
    public static StartGrid grid() {
        return ChinchillaStarts.hoffmannGrid();
    }

    /**
     * @return the fitter for the Huber likelihood: L-BFGS-B until an iteration gains nothing (ftol = 0,
     *         gtol = 1e-10). The maximum lies at the end of a flat valley where every iteration gains less
     *         than 1e-12 relatively, so any positive ftol stops short (at log-likelihood 877.97, not 879.77).
     */
    public static LbfgsbFitter likelihoodFitter() {
        return LbfgsbFitter.scipyCompatible().withOptimizer(LbfgsbOptimizer.withDefaults().withFtol(0).withGtol(1e-10));
    }

    /** @return Hoffmann's rounded parameters in the log-sum-exp parameterisation, Epoch's bootstrap start. */
    public static double[] hoffmannStart() {
        return ChinchillaLogSumExpLaw.fromDirect(HOFFMANN_ROUNDED);
    }
}
