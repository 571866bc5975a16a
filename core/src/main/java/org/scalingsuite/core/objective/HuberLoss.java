package org.scalingsuite.core.objective;

import java.util.function.Supplier;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.FusedLogHuber;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * The Huber loss of residuals, {@code F(p) = sum_i w_i rho_delta(r_i)}, with
 *
 * <pre>
 *   rho_delta(r) = r^2 / 2                 if |r| &lt;= delta
 *                = delta (|r| - delta / 2)  otherwise
 * </pre>
 *
 * (the same function as {@code scipy.special.huber(delta, r)}), and gradient
 * {@code -sum_i w_i psi(r_i) grad f_i} with {@code psi(r) = clamp(r, -delta, delta)}.
 *
 * <p>Hoffmann et al. (2022) fit Approach 3 with delta = 1e-3 on log residuals; Besiroglu et al. (2024)
 * showed that the sum, not the mean, reaches the optimum.
 *
 * @param delta     the transition point between the quadratic and linear parts, positive
 * @param space     where residuals are taken
 * @param reduction sum or mean over rows
 * @param kernel    how the rows are computed: {@link Kernel#EXACT} (the default) or {@link Kernel#SIMD}, which
 *                  needs a law offering it ({@link FusedLogHuber}) and unweighted log residuals
 */
public record HuberLoss(double delta, Space space, Reduction reduction, Kernel kernel) implements Objective {

    public HuberLoss {
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("Huber delta must be positive and finite: " + delta);
        }
        if (kernel == null) {
            throw new IllegalArgumentException("kernel is null");
        }
    }

    /** The Huber loss with the exact kernel. */
    public HuberLoss(double delta, Space space, Reduction reduction) {
        this(delta, space, reduction, Kernel.EXACT);
    }

    /** @return this loss computed by {@code newKernel}. */
    public HuberLoss withKernel(Kernel newKernel) {
        return new HuberLoss(delta, space, reduction, newKernel);
    }

    /** @return Huber loss with the given delta on log residuals, summed (the Chinchilla/Epoch criterion). */
    public static HuberLoss onLogResiduals(double delta) {
        return new HuberLoss(delta, Space.LOG, Reduction.SUM);
    }

    /** @return {@code rho_delta(r)}. */
    public static double huber(double delta, double r) {
        double a = Math.abs(r);
        return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
    }

    @Override
    public String description() {
        return "Huber (delta=" + delta + ") on " + (space == Space.LOG ? "log" : "raw") + " residuals, "
                + (reduction == Reduction.SUM ? "summed" : "averaged") + (kernel == Kernel.SIMD ? ", SIMD kernel" : "");
    }

    @Override
    public DifferentiableFunction bind(Evaluator evaluator, Observations data) {
        return prepare(evaluator, data).get();
    }

    /**
     * Computes the targets once. For unweighted log residuals of an evaluator that offers the fused kernel
     * ({@link FusedLogHuber}), the functions use it; otherwise they run the general loop below. Both give
     * the same numbers. The SIMD kernel exists only on the fused path; asking for it elsewhere is an error.
     */
    @Override
    public Supplier<DifferentiableFunction> prepare(Evaluator evaluator, Observations data) {
        Residuals shared = new Residuals(evaluator, data, space, reduction);
        if (space == Space.LOG && shared.unweighted && evaluator instanceof FusedLogHuber fused) {
            Supplier<DifferentiableFunction> functions = fused.logHuber(shared.target, delta, kernel);
            return () -> scaled(functions.get(), shared.normalizer);
        }
        if (kernel == Kernel.SIMD) {
            throw new IllegalArgumentException("the SIMD kernel covers the unweighted Huber loss of log residuals of "
                    + "a law that offers it (chinchilla-lse); not " + description());
        }
        return () -> general(shared.withFreshBuffers());
    }

    /** @return f multiplied by {@code scale} (the mean's normaliser), or f itself when the scale is 1. */
    private static DifferentiableFunction scaled(DifferentiableFunction f, double scale) {
        if (scale == 1) {
            return f;
        }
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return f.dimension();
            }

            @Override
            public double valueAndGradient(double[] p, double[] gradient) {
                double sum = f.valueAndGradient(p, gradient);
                for (int j = 0; j < f.dimension(); j++) {
                    gradient[j] *= scale;
                }
                return sum * scale;
            }
        };
    }

    private DifferentiableFunction general(Residuals res) {
        final double d = delta;
        final double halfDelta = 0.5 * delta;
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return res.k;
            }

            @Override
            public double valueAndGradient(double[] p, double[] gradient) {
                res.evaluate(p, true);
                final int k = res.k;
                final double[] jac = res.jacobian;
                final double[] pred = res.predictions;
                final double[] target = res.target;
                final double[] w = res.weights;
                java.util.Arrays.fill(gradient, 0, k, 0);
                double sum = 0;
                for (int i = 0; i < res.n; i++) {
                    double r = target[i] - pred[i];
                    double a = Math.abs(r);
                    double psi;
                    if (a <= d) {
                        sum += w[i] * 0.5 * r * r;
                        psi = r;
                    } else {
                        sum += w[i] * d * (a - halfDelta);
                        psi = r > 0 ? d : -d;
                    }
                    double coef = -w[i] * psi;
                    int row = i * k;
                    for (int j = 0; j < k; j++) {
                        gradient[j] += coef * jac[row + j];
                    }
                }
                double scale = res.normalizer;
                if (scale != 1) {
                    for (int j = 0; j < k; j++) {
                        gradient[j] *= scale;
                    }
                }
                return sum * scale;
            }
        };
    }
}
