package org.scalingsuite.core.law;

import java.util.function.Supplier;
import org.scalingsuite.core.objective.Kernel;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * An optional capability of an {@link Evaluator}: the summed Huber loss of unweighted log residuals and its
 * gradient in a single pass over the rows,
 *
 * <pre>
 *   F(p) = sum_i rho_delta(t_i - log f(x_i; p)),   grad F = -sum_i psi_delta(t_i - log f_i) grad log f_i,
 * </pre>
 *
 * with {@code rho_delta} and {@code psi_delta = clamp(r, -delta, delta)} as in
 * {@link org.scalingsuite.core.objective.HuberLoss}. A law whose evaluator offers this lets the Huber
 * objective skip the intermediate prediction and Jacobian arrays; the result must be the same, bit for
 * bit, as {@link Evaluator#logPredict} followed by the general Huber loop (same operations in the same
 * order), so that fits do not depend on which path ran. {@link Kernel#SIMD} trades that identity for speed
 * (same function to about 1e-15 relative).
 */
public interface FusedLogHuber {

    /**
     * @param target the targets {@code t_i} (e.g. {@code log y_i}), one per row; kept, not copied
     * @param delta  the Huber threshold, positive
     * @param kernel how the rows are computed
     * @return a source of the loss as a function of the parameters: what does not depend on the parameters is
     *         prepared once, and each function supplied holds its own scratch buffers, so use one per thread
     */
    Supplier<DifferentiableFunction> logHuber(double[] target, double delta, Kernel kernel);
}
