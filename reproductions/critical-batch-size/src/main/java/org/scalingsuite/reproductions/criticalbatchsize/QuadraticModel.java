package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * McCandlish et al.'s (2018, Section 2.2) second-order model of one SGD step with batch B and step size
 * epsilon, for true gradient G, Hessian H and per-example gradient covariance Sigma:
 *
 * <pre>
 *   E[Delta L](eps, B) = eps |G|^2 - (1/2) eps^2 (G^T H G + tr(H Sigma)/B)
 *   eps_opt(B)   = eps_max / (1 + B_noise/B),     eps_max   = |G|^2 / (G^T H G)
 *   dL_opt(B)    = dL_max  / (1 + B_noise/B),     dL_max    = |G|^4 / (2 G^T H G)
 *   B_noise = tr(H Sigma) / (G^T H G),            B_simple  = tr(Sigma) / |G|^2   (equal when H is c I)
 * </pre>
 *
 * <p>Reference: S. McCandlish, J. Kaplan, D. Amodei, OpenAI Dota Team, "An Empirical Model of Large-Batch
 * Training", arXiv:1812.06162, 2018.
 *
 * @param gradient   G (d entries)
 * @param hessian    H (d x d, symmetric)
 * @param covariance Sigma (d x d, symmetric positive semi-definite)
 */
public record QuadraticModel(double[] gradient, double[][] hessian, double[][] covariance) {

    public QuadraticModel {
        int d = gradient.length;
        if (hessian.length != d || covariance.length != d) {
            throw new IllegalArgumentException("G has " + d + " entries; H and Sigma must be " + d + " x " + d);
        }
        gradient = gradient.clone();
        hessian = copy(hessian, d);
        covariance = copy(covariance, d);
    }

    /** @return |G|^2. */
    public double gradientNormSquared() {
        double s = 0;
        for (double g : gradient) {
            s += g * g;
        }
        return s;
    }

    /** @return G^T H G. */
    public double curvature() {
        int d = gradient.length;
        double s = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                s += gradient[i] * hessian[i][j] * gradient[j];
            }
        }
        return s;
    }

    /** @return tr(H Sigma). */
    public double traceHSigma() {
        int d = gradient.length;
        double s = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                s += hessian[i][j] * covariance[j][i];
            }
        }
        return s;
    }

    /** @return tr(Sigma). */
    public double traceSigma() {
        double s = 0;
        for (int i = 0; i < gradient.length; i++) {
            s += covariance[i][i];
        }
        return s;
    }

    /** @return B_noise = tr(H Sigma) / (G^T H G). */
    public double noiseScale() {
        return traceHSigma() / curvature();
    }

    /** @return B_simple = tr(Sigma) / |G|^2. */
    public double simpleNoiseScale() {
        return traceSigma() / gradientNormSquared();
    }

    /** @return the expected loss improvement of one step, E[Delta L](eps, B). */
    public double expectedImprovement(double stepSize, double batch) {
        return stepSize * gradientNormSquared()
                - 0.5 * stepSize * stepSize * (curvature() + traceHSigma() / batch);
    }

    /** @return eps_opt(B) = eps_max / (1 + B_noise / B). */
    public double optimalStepSize(double batch) {
        return gradientNormSquared() / curvature() / (1 + noiseScale() / batch);
    }

    /** @return Delta L_opt(B) = Delta L_max / (1 + B_noise / B). */
    public double optimalImprovement(double batch) {
        double g2 = gradientNormSquared();
        return g2 * g2 / (2 * curvature()) / (1 + noiseScale() / batch);
    }

    private static double[][] copy(double[][] m, int d) {
        double[][] c = new double[d][];
        for (int i = 0; i < d; i++) {
            if (m[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + m[i].length + " entries, expected " + d);
            }
            c[i] = m[i].clone();
        }
        return c;
    }
}
