package org.scalingsuite.reproductions.lrannealing;

/**
 * The two areas of Tissue et al.'s law, per step, from per-step learning rates {@code eta_0 .. eta_{n-1}}:
 *
 * <pre>
 *   S1(s) = sum_{i=0..s} eta_i                                   (forward area)
 *   m_0 = 0,  m_i = lambda m_{i-1} + (eta_{i-1} - eta_i)           (annealing momentum)
 *   S2(s) = sum_{i=1..s} m_i
 *         = sum_{k=1..s} (eta_{k-1} - eta_k) (1 - lambda^{s-k+1}) / (1 - lambda)
 * </pre>
 *
 * Limits: a constant schedule has {@code S2 = 0}; {@code lambda = 0} gives {@code S2(s) = eta_0 - eta_s}.
 * Both areas are O(n) prefix scans in double precision.
 *
 * <p>Reference: H. Tissue, V. Wang, L. Wang, "Scaling Law with Learning Rate Annealing", arXiv:2408.11029,
 * Section 3 (the definitions as in the authors' fitting example).
 */
public final class AnnealingAreas {

    private AnnealingAreas() {
    }

    /** @return {@code S1(s)} for every step s. */
    public static double[] forwardArea(double[] lr) {
        double[] s1 = new double[lr.length];
        double sum = 0;
        for (int i = 0; i < lr.length; i++) {
            sum += lr[i];
            s1[i] = sum;
        }
        return s1;
    }

    /** @return {@code S2(s)} for every step s, by the momentum recurrence. */
    public static double[] annealingArea(double[] lr, double lambda) {
        double[] s2 = new double[lr.length];
        double m = 0;
        double sum = 0;
        for (int i = 1; i < lr.length; i++) {
            m = lambda * m + (lr[i - 1] - lr[i]);
            sum += m;
            s2[i] = sum;
        }
        return s2;
    }

    /**
     * @return {@code S2(s)} by the double sum {@code sum_{i=1..s} sum_{k=1..i} (eta_{k-1} - eta_k) lambda^{i-k}},
     *         in O(s^2): a reference for tests of {@link #annealingArea}
     */
    public static double annealingAreaByDoubleSum(double[] lr, double lambda, int s) {
        double total = 0;
        for (int i = 1; i <= s; i++) {
            for (int k = 1; k <= i; k++) {
                total += (lr[k - 1] - lr[k]) * Math.pow(lambda, i - k);
            }
        }
        return total;
    }

    /** @return the values of {@code perStep} at the given steps. */
    public static double[] at(double[] perStep, int[] steps) {
        double[] out = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            out[i] = perStep[steps[i]];
        }
        return out;
    }
}
