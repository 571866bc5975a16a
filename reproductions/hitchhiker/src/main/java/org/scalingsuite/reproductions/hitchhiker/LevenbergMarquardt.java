package org.scalingsuite.reproductions.hitchhiker;

import java.util.Arrays;

/**
 * A Levenberg-Marquardt least-squares solver for small parameter vectors and many residuals, with lower bounds by
 * projection. Each accepted step factorises the Jacobian once by Householder QR (J = QR, z = the first k entries
 * of Q^T r); the damped step
 *
 * <pre>
 *   delta = argmin ||R delta + z||^2 + lambda ||D delta||^2
 * </pre>
 *
 * is the least-squares solution of the stacked 2k x k system [R; sqrt(lambda) D] (a second, tiny QR), so the
 * Jacobian's condition number is never squared. D holds the largest column norms of J seen so far (MINPACK's
 * scaling, mode 1). The damping follows Nielsen's update: after a step with gain ratio rho > 0,
 * lambda *= max(1/3, 1 - (2 rho - 1)^3); after a rejected step lambda *= nu, nu *= 2.
 *
 * <p>Stops (converged) when the actual and predicted relative reductions of the sum of squares are both at most
 * ftol, when ||D delta|| &lt;= xtol ||D x||, or when the scaled gradient max_j |(J^T r)_j| / (||J_j|| ||r||) is at
 * most gtol: the tests of MINPACK's {@code lmder} (J. J. Moré, "The Levenberg-Marquardt algorithm: implementation
 * and theory", Lecture Notes in Mathematics 630, 1978; H. B. Nielsen, "Damping parameter in Marquardt's method",
 * IMM-REP-1999-05, DTU, 1999).
 */
final class LevenbergMarquardt {

    /**
     * @param x           the solution
     * @param ssr         its sum of squared residuals
     * @param iterations  steps tried
     * @param evaluations residual evaluations
     * @param converged   whether a convergence test passed
     * @param detail      the stop, in words
     */
    record Result(double[] x, double ssr, int iterations, int evaluations, boolean converged, String detail) {
    }

    private final double ftol;
    private final double xtol;
    private final double gtol;
    private final int maxEvaluations;

    LevenbergMarquardt(double ftol, double xtol, double gtol, int maxEvaluations) {
        this.ftol = ftol;
        this.xtol = xtol;
        this.gtol = gtol;
        this.maxEvaluations = maxEvaluations;
    }

    String description() {
        return "Levenberg-Marquardt (Householder QR, Nielsen damping; ftol=" + ftol + ", xtol=" + xtol + ", gtol="
                + gtol + ", max evaluations " + maxEvaluations + ")";
    }

    /**
     * @param lower lower bounds ({@code Double.NEGATIVE_INFINITY} where none); steps are projected onto them
     */
    Result minimize(ResidualModel model, double[] start, double[] lower) {
        int n = model.size();
        int k = model.dimension();
        double[] x = project(start, lower);
        double[] r = new double[n];
        double[] rTrial = new double[n];
        double[] jac = new double[k * n];
        double[] jacTrial = new double[k * n];
        double[] work = new double[n];
        double[][] upper = new double[k][k];
        double[] z = new double[k];
        double[] scale = new double[k];
        double f = model.evaluate(x, r, jac);
        int evaluations = 1;
        if (!Double.isFinite(f)) {
            return new Result(x, f, 0, evaluations, false, "residuals not finite at the start");
        }
        factorise(jac, r, n, k, work, upper, z);
        updateScale(upper, scale, k);
        double lambda = 1e-3;
        double nu = 2;
        int iterations = 0;
        while (true) {
            if (f == 0) {
                return new Result(x, f, iterations, evaluations, true, "converged: zero residuals");
            }
            double gradient = 0;
            for (int j = 0; j < k; j++) {
                double g = 0;
                for (int i = 0; i <= j; i++) {
                    g += upper[i][j] * z[i];
                }
                double norm = columnNorm(upper, j);
                if (norm > 0) {
                    gradient = Math.max(gradient, Math.abs(g) / (norm * Math.sqrt(f)));
                }
            }
            if (gradient <= gtol) {
                return new Result(x, f, iterations, evaluations, true, "converged: scaled gradient " + gradient
                        + " <= gtol");
            }
            if (evaluations >= maxEvaluations) {
                return new Result(x, f, iterations, evaluations, false, "stopped after " + evaluations
                        + " evaluations without meeting ftol, xtol or gtol");
            }
            iterations++;
            double[] step = dampedStep(upper, z, scale, lambda, k);
            double[] trial = new double[k];
            for (int j = 0; j < k; j++) {
                trial[j] = Math.max(lower[j], x[j] + step[j]);
                step[j] = trial[j] - x[j];
            }
            double stepNorm = 0;
            double xNorm = 0;
            for (int j = 0; j < k; j++) {
                stepNorm += sq(scale[j] * step[j]);
                xNorm += sq(scale[j] * x[j]);
            }
            stepNorm = Math.sqrt(stepNorm);
            xNorm = Math.sqrt(xNorm);
            double tail = Math.max(0, f - dot(z, z));
            double modelValue = tail;
            for (int i = 0; i < k; i++) {
                double v = z[i];
                for (int j = i; j < k; j++) {
                    v += upper[i][j] * step[j];
                }
                modelValue += v * v;
            }
            double predicted = f - modelValue;
            double fTrial = model.evaluate(trial, rTrial, jacTrial);
            evaluations++;
            double actual = f - fTrial;
            double rho = Double.isFinite(fTrial) && predicted > 0 ? actual / predicted : -1;
            if (rho > 0) {
                boolean smallReduction = actual <= ftol * f && predicted <= ftol * f;
                boolean smallStep = stepNorm <= xtol * xNorm;
                System.arraycopy(trial, 0, x, 0, k);
                f = fTrial;
                double[] swap = r;
                r = rTrial;
                rTrial = swap;
                swap = jac;
                jac = jacTrial;
                jacTrial = swap;
                factorise(jac, r, n, k, work, upper, z);
                updateScale(upper, scale, k);
                lambda *= Math.max(1.0 / 3, 1 - Math.pow(2 * rho - 1, 3));
                nu = 2;
                if (smallReduction) {
                    return new Result(x, f, iterations, evaluations, true,
                            "converged: relative reduction of the sum of squares <= ftol");
                }
                if (smallStep) {
                    return new Result(x, f, iterations, evaluations, true, "converged: relative step <= xtol");
                }
            } else {
                if (stepNorm <= xtol * xNorm) {
                    return new Result(x, f, iterations, evaluations, true,
                            "converged: no smaller step improves the sum of squares (relative step <= xtol)");
                }
                lambda *= nu;
                nu *= 2;
                if (!(lambda < 1e300)) {
                    return new Result(x, f, iterations, evaluations, false, "damping overflow: no step improves");
                }
            }
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] project(double[] x, double[] lower) {
        double[] p = x.clone();
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.max(lower[j], p[j]);
        }
        return p;
    }

    private static double columnNorm(double[][] upper, int j) {
        double s = 0;
        for (int i = 0; i <= j; i++) {
            s += upper[i][j] * upper[i][j];
        }
        return Math.sqrt(s);
    }

    /** MINPACK mode 1: each scale is the largest column norm of J seen so far (1 for a zero column). */
    private static void updateScale(double[][] upper, double[] scale, int k) {
        for (int j = 0; j < k; j++) {
            double norm = columnNorm(upper, j);
            scale[j] = Math.max(scale[j], norm == 0 ? 1 : norm);
        }
    }

    /**
     * Householder QR of the column-major n x k matrix {@code jac} (overwritten): writes R into {@code upper} and
     * the first k entries of Q^T r into {@code z}.
     */
    static void factorise(double[] jac, double[] r, int n, int k, double[] work, double[][] upper, double[] z) {
        System.arraycopy(r, 0, work, 0, n);
        for (int j = 0; j < k; j++) {
            int base = j * n;
            if (j >= n) {
                Arrays.fill(upper[j], 0);
                z[j] = 0;
                continue;
            }
            double norm2 = 0;
            for (int i = j; i < n; i++) {
                norm2 += jac[base + i] * jac[base + i];
            }
            Arrays.fill(upper[j], 0);
            if (norm2 == 0) {
                for (int c = j + 1; c < k; c++) {
                    upper[j][c] = jac[c * n + j];
                }
                z[j] = work[j];
                continue;
            }
            double head = jac[base + j];
            double alpha = head > 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
            jac[base + j] = head - alpha;
            double vNorm2 = norm2 - head * head + (head - alpha) * (head - alpha);
            double factor = 2 / vNorm2;
            for (int c = j + 1; c < k; c++) {
                int cb = c * n;
                double s = 0;
                for (int i = j; i < n; i++) {
                    s += jac[base + i] * jac[cb + i];
                }
                s *= factor;
                for (int i = j; i < n; i++) {
                    jac[cb + i] -= s * jac[base + i];
                }
            }
            double s = 0;
            for (int i = j; i < n; i++) {
                s += jac[base + i] * work[i];
            }
            s *= factor;
            for (int i = j; i < n; i++) {
                work[i] -= s * jac[base + i];
            }
            upper[j][j] = alpha;
            for (int c = j + 1; c < k; c++) {
                upper[j][c] = jac[c * n + j];
            }
            z[j] = work[j];
        }
    }

    /** @return argmin ||R d + z||^2 + lambda ||D d||^2, by Householder QR of [R; sqrt(lambda) D]. */
    static double[] dampedStep(double[][] upper, double[] z, double[] scale, double lambda, int k) {
        int m = 2 * k;
        double[][] a = new double[m][k];
        double[] b = new double[m];
        double root = Math.sqrt(lambda);
        for (int i = 0; i < k; i++) {
            System.arraycopy(upper[i], 0, a[i], 0, k);
            b[i] = -z[i];
            a[k + i][i] = root * scale[i];
        }
        for (int j = 0; j < k; j++) {
            double norm2 = 0;
            for (int i = j; i < m; i++) {
                norm2 += a[i][j] * a[i][j];
            }
            if (norm2 == 0) {
                continue;
            }
            double head = a[j][j];
            double alpha = head > 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
            a[j][j] = head - alpha;
            double factor = 2 / (norm2 - head * head + (head - alpha) * (head - alpha));
            for (int c = j + 1; c < k; c++) {
                double s = 0;
                for (int i = j; i < m; i++) {
                    s += a[i][j] * a[i][c];
                }
                s *= factor;
                for (int i = j; i < m; i++) {
                    a[i][c] -= s * a[i][j];
                }
            }
            double s = 0;
            for (int i = j; i < m; i++) {
                s += a[i][j] * b[i];
            }
            s *= factor;
            for (int i = j; i < m; i++) {
                b[i] -= s * a[i][j];
            }
            a[j][j] = alpha;
        }
        double[] d = new double[k];
        for (int j = k - 1; j >= 0; j--) {
            double s = b[j];
            for (int c = j + 1; c < k; c++) {
                s -= a[j][c] * d[c];
            }
            d[j] = a[j][j] == 0 ? 0 : s / a[j][j];
        }
        return d;
    }
}
