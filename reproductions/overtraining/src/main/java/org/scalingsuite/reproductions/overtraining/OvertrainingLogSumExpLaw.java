package org.scalingsuite.reproductions.overtraining;

import java.util.List;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.LogFormLaw;

/**
 * The over-training law in Hoffmann et al.'s log-sum-exp parameterisation, for the Chinchilla-style second
 * method (Huber on log loss, L-BFGS-B):
 *
 * <pre>
 *   log L(N, M) = LSE(a - alpha log N, b - alpha log D, e),   D = M N,
 * </pre>
 *
 * i.e. L = E + A N^-alpha + B D^-alpha with A = e^a, B = e^b, E = e^e and one exponent alpha, parameters
 * (a, b, e, alpha). With w_k the softmax weights of the three terms, d log L / d(a, b, e, alpha) =
 * (w_1, w_2, w_3, -w_1 log N - w_2 log D).
 */
public final class OvertrainingLogSumExpLaw implements LogFormLaw {

    public static final List<String> PARAMETERS = List.of("a", "b", "e", "alpha");
    private static final OvertrainingLogSumExpLaw INSTANCE = new OvertrainingLogSumExpLaw();

    private OvertrainingLogSumExpLaw() {
    }

    public static OvertrainingLogSumExpLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "overtraining-lse";
    }

    @Override
    public String formula() {
        return "log L(N, M) = LSE(a - alpha log N, b - alpha log(M N), e)";
    }

    @Override
    public List<String> inputs() {
        return OvertrainingLaw.INPUTS;
    }

    @Override
    public List<String> parameters() {
        return PARAMETERS;
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        double lnN = Math.log(x[0]);
        double lnD = Math.log(x[1] * x[0]);
        return ChinchillaLogSumExpLaw.logSumExp(p[0] - p[3] * lnN, p[1] - p[3] * lnD, p[2]);
    }

    @Override
    public void logGradient(double[] x, double[] p, double[] gradient) {
        double lnN = Math.log(x[0]);
        double lnD = Math.log(x[1] * x[0]);
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

    /** @return the direct-form parameters (A, b, exponent, E) of {@link OvertrainingLaw} for (a, b, e, alpha). */
    public static double[] toOvertrainingLaw(double[] p) {
        double alpha = p[3];
        double bigB = Math.exp(p[1]);
        // B = b 6^(s/2) with s = -alpha, so b = B 6^(alpha/2).
        return new double[] {Math.exp(p[0]), bigB * Math.pow(6, alpha / 2), -alpha, Math.exp(p[2])};
    }
}
