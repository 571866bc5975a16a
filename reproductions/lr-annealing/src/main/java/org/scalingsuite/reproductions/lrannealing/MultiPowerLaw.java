package org.scalingsuite.reproductions.lrannealing;

import java.util.ArrayList;
import java.util.List;

/**
 * The Multi-Power Law of Luo et al. (2025), with fixed parameters:
 *
 * <pre>
 *   L(s)  = L0 + A S1(s)^(-alpha) - LD(s),   S1(s) = sum_{i=0..s} eta_i
 *   LD(s) = B sum_{k=1..s} (eta_{k-1} - eta_k) G(eta_k^(-gamma) (S1(s) - S1(k-1))),
 *   G(x)  = 1 - (1 + C x)^(-beta)
 * </pre>
 *
 * Each predicted step costs one power per step with a change of learning rate before it (steps where
 * {@code eta_{k-1} = eta_k} contribute nothing and are skipped), so a 72,000-step cosine costs ~7e4 powers per
 * point. S1 includes the warmup learning rates as trained ({@link Warmup#LINEAR}), as upstream evaluates it.
 *
 * <p>Reference: K. Luo, H. Wen, S. Hu, Z. Sun, Z. Liu, M. Sun, K. Lyu, W. Chen, "A Multi-Power Law for Loss Curve
 * Prediction Across Learning Rate Schedules", arXiv:2503.12811, ICLR 2025, Eq. (1); the evaluation of
 * {@code thu-yao-01-luo/MultiPowerLaw} ({@code src/evaluation.py}).
 *
 * @param l0    the irreducible term L0
 * @param a     the coefficient A of the forward-area power law
 * @param alpha its exponent
 * @param b     the loss-drop scale B
 * @param c     the loss-drop rate C
 * @param beta  the loss-drop exponent beta
 * @param gamma the learning-rate exponent gamma
 */
public record MultiPowerLaw(double l0, double a, double alpha, double b, double c, double beta, double gamma) {

    public static final List<String> PARAMETERS = List.of("L0", "A", "alpha", "B", "C", "beta", "gamma");

    /** @return the law with parameters in the order of {@link #PARAMETERS}. */
    public static MultiPowerLaw of(double[] p) {
        if (p.length != 7) {
            throw new IllegalArgumentException("the MPL has 7 parameters, got " + p.length);
        }
        return new MultiPowerLaw(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
    }

    /** @return the parameters in the order of {@link #PARAMETERS}. */
    public double[] parameters() {
        return new double[] {l0, a, alpha, b, c, beta, gamma};
    }

    /** @return the predicted loss at each of {@code steps} of a run with per-step learning rates {@code lr}. */
    public double[] predict(double[] lr, int[] steps) {
        double[] s1 = AnnealingAreas.forwardArea(lr);
        List<Integer> changes = new ArrayList<>();
        for (int k = 1; k < lr.length; k++) {
            if (lr[k] != lr[k - 1]) {
                changes.add(k);
            }
        }
        int m = changes.size();
        int[] at = new int[m];
        double[] drop = new double[m];
        double[] scale = new double[m];
        double[] before = new double[m];
        for (int j = 0; j < m; j++) {
            int k = changes.get(j);
            at[j] = k;
            drop[j] = lr[k - 1] - lr[k];
            scale[j] = lr[k] > 0 ? c * Math.pow(lr[k], -gamma) : Double.POSITIVE_INFINITY;
            before[j] = s1[k - 1];
        }
        double[] out = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            int s = steps[i];
            double area = s1[s];
            double ld = 0;
            for (int j = 0; j < m && at[j] <= s; j++) {
                double x = scale[j] * (area - before[j]);
                double g = Double.isInfinite(x) ? 1 : 1 - Math.exp(-beta * Math.log(1 + x));
                ld += drop[j] * g;
            }
            out[i] = l0 + a * Math.pow(area, -alpha) - b * ld;
        }
        return out;
    }

    /** @return the predicted loss at every observed step of {@code curve}. */
    public double[] predict(ObservedCurve curve) {
        return predict(curve.schedule(), curve.steps());
    }
}
