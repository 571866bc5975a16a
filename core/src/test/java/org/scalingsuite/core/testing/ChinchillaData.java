package org.scalingsuite.core.testing;

import java.util.List;
import java.util.Random;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;

/**
 * Synthetic Chinchilla observations L(N, D) = E + A/N^alpha + B/D^beta from known direct parameters
 * (E, A, B, alpha, beta), exactly or with prescribed or seeded multiplicative noise.
 */
public final class ChinchillaData {

    /** Besiroglu et al. (2024), Table 1 point estimates: E, A, B, alpha, beta. */
    public static final double[] EPOCH = {1.8172, 482.01, 2085.43, 0.3478, 0.3658};

    private ChinchillaData() {
    }

    /**
     * @return a k x k grid, N log-spaced over [1e7, 1e10] and D over [1e9, 1e12], with noise-free losses
     */
    public static Observations grid(double[] direct, int k) {
        return gridWithLogNoise(direct, k, null, 0);
    }

    /**
     * @return the k x k grid with losses multiplied by exp(sigma z_i), z_i standard normal from
     *         {@code new Random(seed)} (no noise when {@code seed} is null)
     */
    public static Observations gridWithLogNoise(double[] direct, int k, Long seed, double sigma) {
        double[] n = new double[k * k];
        double[] d = new double[k * k];
        double[] loss = new double[k * k];
        Random rng = seed == null ? null : new Random(seed);
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int r = i * k + j;
                n[r] = Math.pow(10, 7 + 3.0 * i / (k - 1));
                d[r] = Math.pow(10, 9 + 3.0 * j / (k - 1));
                loss[r] = ChinchillaLaw.instance().predict(new double[] {n[r], d[r]}, direct);
                if (rng != null) {
                    loss[r] *= Math.exp(sigma * rng.nextGaussian());
                }
            }
        }
        return Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", loss);
    }

    /**
     * @return one row per residual, at assorted (N, D), with loss = L(N, D) exp(r_i), so that the log residual
     *         log y_i - log L(x_i) is r_i (up to rounding)
     */
    public static Observations withLogResiduals(double[] direct, double... logResiduals) {
        int n = logResiduals.length;
        double[] ns = new double[n];
        double[] ds = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            ns[i] = Math.pow(10, 7 + 3.0 * ((i * 0.37) % 1.0));
            ds[i] = Math.pow(10, 9 + 3.0 * ((i * 0.61 + 0.2) % 1.0));
            loss[i] = ChinchillaLaw.instance().predict(new double[] {ns[i], ds[i]}, direct) * Math.exp(logResiduals[i]);
        }
        return Observations.of(List.of("N", "D"), new double[][] {ns, ds}, "loss", loss);
    }
}
