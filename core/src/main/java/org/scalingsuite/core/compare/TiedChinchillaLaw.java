package org.scalingsuite.core.compare;

import java.util.List;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.LogFormLaw;

/**
 * The Chinchilla loss with one exponent for parameters and data, in the log-sum-exp parameterisation:
 *
 * <pre>
 *   log L(N, D) = LSE(a - alpha log N, b - alpha log D, e),   i.e. L = E + A/N^alpha + B/D^alpha,
 * </pre>
 *
 * parameters (a, b, e, alpha). Tying the exponents is the remedy proposed for fits whose alpha and beta are
 * highly correlated (few model sizes); it is the {@code tie_alpha_beta} option of Li et al.'s (Mis)Fitting
 * code and the form Gadre et al. (2024) fit. The gradient of log L is the softmax of the three terms
 * {@code w_k}: {@code (w_1, w_2, w_3, -w_1 log N - w_2 log D)}.
 */
public final class TiedChinchillaLaw implements LogFormLaw {

    public static final List<String> PARAMETERS = List.of("a", "b", "e", "alpha");
    private static final TiedChinchillaLaw INSTANCE = new TiedChinchillaLaw();

    private TiedChinchillaLaw() {
    }

    public static TiedChinchillaLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "chinchilla-tied-lse";
    }

    @Override
    public String formula() {
        return "log L(N, D) = LSE(a - alpha log N, b - alpha log D, e)";
    }

    @Override
    public List<String> inputs() {
        return ChinchillaLaw.INPUTS;
    }

    @Override
    public List<String> parameters() {
        return PARAMETERS;
    }

    /** @return (E, A, B, alpha, beta = alpha) for (a, b, e, alpha). */
    public static double[] toDirect(double[] p) {
        return new double[] {Math.exp(p[2]), Math.exp(p[0]), Math.exp(p[1]), p[3], p[3]};
    }

    /** @return (a, b, e, alpha) for direct (E, A, B, alpha, beta); beta is ignored. */
    public static double[] fromDirect(double[] direct) {
        return new double[] {Math.log(direct[1]), Math.log(direct[2]), Math.log(direct[0]), direct[3]};
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        return ChinchillaLogSumExpLaw.logSumExp(p[0] - p[3] * Math.log(x[0]), p[1] - p[3] * Math.log(x[1]), p[2]);
    }

    @Override
    public void logGradient(double[] x, double[] p, double[] gradient) {
        double lnN = Math.log(x[0]);
        double lnD = Math.log(x[1]);
        double t1 = p[0] - p[3] * lnN;
        double t2 = p[1] - p[3] * lnD;
        double lse = ChinchillaLogSumExpLaw.logSumExp(t1, t2, p[2]);
        double w1 = Math.exp(t1 - lse);
        double w2 = Math.exp(t2 - lse);
        gradient[0] = w1;
        gradient[1] = w2;
        gradient[2] = Math.exp(p[2] - lse);
        gradient[3] = -w1 * lnN - w2 * lnD;
    }
}
