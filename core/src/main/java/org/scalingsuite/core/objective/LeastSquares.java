package org.scalingsuite.core.objective;

import java.util.function.Supplier;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.ResidualFunction;

/**
 * Weighted least squares, {@code F(p) = sum_i w_i r_i^2} with {@code r_i = y_i - f(x_i; p)} (RAW) or
 * {@code r_i = log y_i - log f(x_i; p)} (LOG); the gradient is {@code -2 sum_i w_i r_i grad f_i}.
 * {@code F} is the sum of squared residuals (SSR) that {@code scipy.optimize.curve_fit} minimizes.
 *
 * @param space     where residuals are taken
 * @param reduction sum or mean over rows
 */
public record LeastSquares(Space space, Reduction reduction) implements Objective {

    /** @return least squares on raw values, summed (the curve_fit criterion). */
    public static LeastSquares raw() {
        return new LeastSquares(Space.RAW, Reduction.SUM);
    }

    /** @return least squares on log values, summed. */
    public static LeastSquares log() {
        return new LeastSquares(Space.LOG, Reduction.SUM);
    }

    @Override
    public String description() {
        return "least squares on " + (space == Space.LOG ? "log" : "raw") + " residuals, "
                + (reduction == Reduction.SUM ? "summed" : "averaged");
    }

    @Override
    public DifferentiableFunction bind(Evaluator evaluator, Observations data) {
        return prepare(evaluator, data).get();
    }

    /** Computes the targets and weights once; every function shares them and has its own buffers. */
    @Override
    public Supplier<DifferentiableFunction> prepare(Evaluator evaluator, Observations data) {
        Residuals shared = new Residuals(evaluator, data, space, reduction);
        return () -> function(shared.withFreshBuffers());
    }

    private static DifferentiableFunction function(Residuals res) {
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return res.k;
            }

            @Override
            public double valueAndGradient(double[] p, double[] gradient) {
                res.evaluate(p, true);
                int k = res.k;
                java.util.Arrays.fill(gradient, 0, k, 0);
                double sum = 0;
                for (int i = 0; i < res.n; i++) {
                    double r = res.target[i] - res.predictions[i];
                    double w = res.weights[i];
                    sum += w * r * r;
                    double coef = -2 * w * r;
                    int row = i * k;
                    for (int j = 0; j < k; j++) {
                        gradient[j] += coef * res.jacobian[row + j];
                    }
                }
                double scale = res.normalizer;
                for (int j = 0; j < k; j++) {
                    gradient[j] *= scale;
                }
                return sum * scale;
            }
        };
    }

    /**
     * @return the residual vector {@code sqrt(w_i) r_i} and its Jacobian, for Levenberg-Marquardt; the
     *         sum of its squares equals {@link #bind}'s value (up to the mean's normalisation)
     */
    public ResidualFunction residuals(Evaluator evaluator, Observations data) {
        Residuals res = new Residuals(evaluator, data, space, reduction);
        double[] rootW = new double[res.n];
        for (int i = 0; i < res.n; i++) {
            rootW[i] = Math.sqrt(res.weights[i] * res.normalizer);
        }
        return new ResidualFunction() {
            @Override
            public int size() {
                return res.n;
            }

            @Override
            public int dimension() {
                return res.k;
            }

            @Override
            public void evaluate(double[] p, double[] residuals, double[] jacobian) {
                res.evaluate(p, jacobian != null);
                int k = res.k;
                for (int i = 0; i < res.n; i++) {
                    residuals[i] = rootW[i] * (res.target[i] - res.predictions[i]);
                    if (jacobian != null) {
                        int row = i * k;
                        for (int j = 0; j < k; j++) {
                            jacobian[row + j] = -rootW[i] * res.jacobian[row + j];
                        }
                    }
                }
            }
        };
    }
}
