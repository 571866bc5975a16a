package org.scalingsuite.core.objective;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * The negative log-likelihood of residuals under a Huber distribution with free scale, as used by
 * Besiroglu et al. (2024) to fit and compare Chinchilla parameters. With {@code s = e^sigma} and
 * {@code z_i = r_i / s}:
 *
 * <pre>
 *   NLL(p, sigma) = sum_i [ rho_delta(z_i) + log Z(delta) + sigma ],
 *   Z(delta)      = sqrt(2 pi) erf(delta / sqrt 2) + 2 exp(-delta^2 / 2) / delta,
 * </pre>
 *
 * where {@code rho_delta} is the Huber function ({@link HuberLoss#huber}) and Z the density's normaliser
 * (the Gaussian mass on |z| &lt;= delta plus two exponential tails). The objective appends one parameter,
 * {@code sigma} (the log of the scale), after the law's. Gradients:
 * {@code dNLL/dp = -(1/s) sum_i psi(z_i) grad f_i} and
 * {@code dNLL/dsigma = n - sum_i psi(z_i) z_i}.
 *
 * <p>When every |z_i| exceeds delta the optimal scale is {@code s = delta mean|r_i|}, so maximising this
 * likelihood over (p, s) is a least-absolute-deviation fit of p.
 *
 * @param delta the Huber threshold on the standardised residual
 * @param space where residuals are taken (Epoch: LOG)
 */
public record HuberLikelihood(double delta, Space space) implements Objective {

    public HuberLikelihood {
        if (!(delta > 0) || !Double.isFinite(delta)) {
            throw new IllegalArgumentException("Huber delta must be positive and finite: " + delta);
        }
    }

    /** @return log Z(delta), the log normaliser of the standard Huber density. */
    public static double logNormalizer(double delta) {
        return Math.log(Math.sqrt(2 * Math.PI) * Erf.erf(delta / Math.sqrt(2))
                + 2 * Math.exp(-delta * delta / 2) / delta);
    }

    @Override
    public String description() {
        return "Huber likelihood (delta=" + delta + ") on " + (space == Space.LOG ? "log" : "raw")
                + " residuals, free log-scale sigma";
    }

    @Override
    public List<String> extraParameters() {
        return List.of("sigma");
    }

    /**
     * The log-likelihood of fixed residuals, maximised over the scale alone (the profile likelihood).
     *
     * @param logScale      the maximising sigma
     * @param logLikelihood the maximum log-likelihood
     */
    public record Profile(double logScale, double logLikelihood) {
    }

    /** @return the log-likelihood of {@code residuals} at log-scale {@code sigma}. */
    public double logLikelihood(double[] residuals, double sigma) {
        double s = Math.exp(sigma);
        double logZ = logNormalizer(delta);
        double sum = 0;
        for (double r : residuals) {
            sum += HuberLoss.huber(delta, r / s) + logZ + sigma;
        }
        return -sum;
    }

    /**
     * Maximises the log-likelihood of fixed residuals over sigma. The stationarity condition
     * {@code n = sum_i psi(z_i) z_i} has a left side constant and a right side decreasing in sigma, so the
     * root is unique; it is found by Brent's method to 1e-12 in sigma.
     */
    public Profile profile(double[] residuals) {
        double maxAbs = 0;
        for (double r : residuals) {
            maxAbs = Math.max(maxAbs, Math.abs(r));
        }
        if (maxAbs == 0) {
            throw new IllegalArgumentException("all residuals are zero: the scale is not identified");
        }
        int n = residuals.length;
        org.apache.commons.math3.analysis.UnivariateFunction stationarity = sigma -> {
            double s = Math.exp(sigma);
            double sum = 0;
            for (double r : residuals) {
                double z = r / s;
                double az = Math.abs(z);
                sum += az <= delta ? z * z : delta * az;
            }
            return n - sum;
        };
        double hi = Math.log(maxAbs) + 10;
        double lo = Math.log(maxAbs) - 10;
        while (stationarity.value(lo) > 0) {
            lo -= 10;
        }
        double sigma = new BrentSolver(1e-12).solve(10_000, stationarity, lo, hi);
        return new Profile(sigma, logLikelihood(residuals, sigma));
    }

    @Override
    public DifferentiableFunction bind(Evaluator evaluator, Observations data) {
        Residuals res = new Residuals(evaluator, data, space, Reduction.SUM);
        final double logZ = logNormalizer(delta);
        final double d = delta;
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return res.k + 1;
            }

            @Override
            public double valueAndGradient(double[] p, double[] gradient) {
                int k = res.k;
                double sigma = p[k];
                double invS = Math.exp(-sigma);
                res.evaluate(p, true);
                java.util.Arrays.fill(gradient, 0, k + 1, 0);
                double sum = 0;
                double sigmaGrad = 0;
                for (int i = 0; i < res.n; i++) {
                    double z = (res.target[i] - res.predictions[i]) * invS;
                    double az = Math.abs(z);
                    double psi;
                    if (az <= d) {
                        sum += 0.5 * z * z;
                        psi = z;
                    } else {
                        sum += d * (az - 0.5 * d);
                        psi = z > 0 ? d : -d;
                    }
                    sigmaGrad -= psi * z;
                    double coef = -psi * invS;
                    int row = i * k;
                    for (int j = 0; j < k; j++) {
                        gradient[j] += coef * res.jacobian[row + j];
                    }
                }
                gradient[k] = sigmaGrad + res.n;
                return sum + res.n * (logZ + sigma);
            }
        };
    }
}
