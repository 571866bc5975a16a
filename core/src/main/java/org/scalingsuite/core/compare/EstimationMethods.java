package org.scalingsuite.core.compare;

import java.util.List;
import org.scalingsuite.core.fit.ChinchillaStarts;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.LevenbergMarquardtFitter;
import org.scalingsuite.core.fit.StartGrid;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.Kernel;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.optim.Bounds;

/**
 * The built-in estimation methods, each a published recipe or a common alternative, all fitting
 * {@code L = E + A/N^alpha + B/D^beta}:
 *
 * <table>
 *   <caption>Built-in methods</caption>
 *   <tr><th>id</th><th>objective</th><th>optimizer and starts</th><th>used by</th></tr>
 *   <tr><td>{@code ls-raw-lm}</td><td>least squares on raw loss</td><td>Levenberg-Marquardt, one start
 *       (Muennighoff et al.'s fit), alpha, beta &gt;= 0</td><td>Choshen et al. 2024 (hitchhiker), Gadre et al.
 *       2024 (curve_fit)</td></tr>
 *   <tr><td>{@code huber-log-grid}</td><td>Huber (delta 1e-3) on log loss</td><td>L-BFGS-B from Hoffmann's
 *       4,500 starts</td><td>Hoffmann et al. 2022, Besiroglu et al. 2024</td></tr>
 *   <tr><td>{@code ls-log-grid}</td><td>least squares on log loss</td><td>L-BFGS-B from the same 4,500
 *       starts</td><td>(Mis)Fitting's log-MSE option</td></tr>
 *   <tr><td>{@code tied-huber-grid}</td><td>Huber (delta 1e-3) on log loss, alpha = beta</td><td>L-BFGS-B
 *       from the 900 starts of the grid without beta</td><td>(Mis)Fitting's tie_alpha_beta; Gadre et al.'s
 *       form</td></tr>
 *   <tr><td>{@code varpro-nnls}</td><td>least squares on raw loss</td><td>exponent grid + Nelder-Mead,
 *       (E, A, B) by NNLS</td><td>Open-Athena's VPNLS</td></tr>
 * </table>
 */
public final class EstimationMethods {

    /** Huber threshold on log residuals of Hoffmann et al. */
    public static final double HUBER_DELTA = 1e-3;
    /**
     * The single start of Choshen et al.'s fits, (a, b, e, alpha, beta): Muennighoff et al.'s fitted values
     * (hitchhiker's {@code fitting_funcs.py}).
     */
    public static final double[] MUENNIGHOFF_START = {6.255414, 7.3049974, 0.6254804, 0.3526596, 0.3526596};

    private EstimationMethods() {
    }

    /** @return the five built-in methods, in table order. */
    public static List<EstimationMethod> standard() {
        return List.of(rawLeastSquaresLm(), huberLogGrid(), logLeastSquaresGrid(), tiedExponents(),
                VariableProjectionMethod.withDefaults());
    }

    /** @return the built-in method with this id. */
    public static java.util.Optional<EstimationMethod> byId(String id) {
        return standard().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Least squares on raw loss, Levenberg-Marquardt from Muennighoff et al.'s values, alpha, beta >= 0. */
    public static MultiStartMethod rawLeastSquaresLm() {
        double inf = Double.NEGATIVE_INFINITY;
        return new MultiStartMethod("ls-raw-lm",
                "Chinchilla form (log-sum-exp); least squares on raw loss; Levenberg-Marquardt from one start "
                        + "(Muennighoff et al.'s fit), alpha, beta >= 0",
                ChinchillaLogSumExpLaw.instance(), LeastSquares.raw(), Bounds.atLeast(inf, inf, inf, 0, 0),
                StartGrid.single(ChinchillaLogSumExpLaw.PARAMETERS, MUENNIGHOFF_START),
                LevenbergMarquardtFitter.withDefaults(), ChinchillaLogSumExpLaw::toDirect,
                ChinchillaLogSumExpLaw::fromDirect);
    }

    /**
     * Huber (delta 1e-3) on log loss, L-BFGS-B with scipy's defaults from each of Hoffmann's 4,500 starts: Epoch's
     * recipe exactly, as the Chinchilla reproduction runs it (over the whole grid the best start reaches the
     * optimum that tighter tolerances reach from a single start).
     */
    public static MultiStartMethod huberLogGrid() {
        return huberLogGrid(Kernel.EXACT);
    }

    /**
     * {@link #huberLogGrid()} with the objective computed by {@code kernel}; {@link Kernel#SIMD} reaches the same
     * optimum about four times faster and needs the JVM option {@code --add-modules jdk.incubator.vector}.
     */
    public static MultiStartMethod huberLogGrid(Kernel kernel) {
        return new MultiStartMethod("huber-log-grid",
                "Chinchilla form (log-sum-exp); Huber (delta 1e-3) on log loss, summed; L-BFGS-B with scipy's "
                        + "defaults from Hoffmann et al.'s 4,500 starts (Epoch's recipe)"
                        + (kernel == Kernel.SIMD ? "; SIMD kernel" : ""),
                ChinchillaLogSumExpLaw.instance(), HuberLoss.onLogResiduals(HUBER_DELTA).withKernel(kernel), null,
                ChinchillaStarts.hoffmannGrid(), LbfgsbFitter.scipyCompatible(), ChinchillaLogSumExpLaw::toDirect,
                ChinchillaLogSumExpLaw::fromDirect);
    }

    /** Least squares on log loss, L-BFGS-B from each of Hoffmann's 4,500 starts. */
    public static MultiStartMethod logLeastSquaresGrid() {
        return new MultiStartMethod("ls-log-grid",
                "Chinchilla form (log-sum-exp); least squares on log loss; L-BFGS-B from Hoffmann et al.'s "
                        + "4,500 starts",
                ChinchillaLogSumExpLaw.instance(), LeastSquares.log(), null, ChinchillaStarts.hoffmannGrid(),
                LbfgsbFitter.withDefaults(), ChinchillaLogSumExpLaw::toDirect, ChinchillaLogSumExpLaw::fromDirect);
    }

    /** The tied form alpha = beta, Huber (delta 1e-3) on log loss, L-BFGS-B from 900 starts. */
    public static MultiStartMethod tiedExponents() {
        return new MultiStartMethod("tied-huber-grid",
                "Chinchilla form with alpha = beta (log-sum-exp); Huber (delta 1e-3) on log loss; L-BFGS-B from "
                        + "Hoffmann et al.'s grid without beta (900 starts)",
                TiedChinchillaLaw.instance(), HuberLoss.onLogResiduals(HUBER_DELTA), null, tiedGrid(),
                LbfgsbFitter.withDefaults(), TiedChinchillaLaw::toDirect, TiedChinchillaLaw::fromDirect);
    }

    /** @return Hoffmann's grid without beta: alpha in {0, ..., 2}, e in {-1, ..., 1}, a, b in {0, ..., 25}. */
    public static StartGrid tiedGrid() {
        return StartGrid.builder()
                .values("alpha", StartGrid.range(0, 2, 0.5))
                .values("e", StartGrid.range(-1, 1, 0.5))
                .values("a", StartGrid.range(0, 25, 5))
                .values("b", StartGrid.range(0, 25, 5))
                .order("alpha", "e", "a", "b")
                .build(TiedChinchillaLaw.PARAMETERS);
    }
}
