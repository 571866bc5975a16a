package org.scalingsuite.reproductions.overtraining;

import java.util.List;
import org.scalingsuite.core.law.Law;

/**
 * The loss law of Gadre et al. (2024), Eq. (4): Chinchilla's law with one exponent for N and D, written in the
 * parameterisation the authors fit ({@code powlaw_ours} of mlfoundations/scaling):
 *
 * <pre>
 *   L(N, M) = A N^s + b 6^(s/2) (M N)^s + E,     s &lt; 0,  D = M N,
 * </pre>
 *
 * with parameters (A, b, s, E) named {@code A}, {@code b}, {@code exponent}, {@code E}. It is the same function
 * as
 *
 * <pre>
 *   Chinchilla form:  L(N, D) = E + A N^-alpha + B D^-alpha,            alpha = -s,  B = b 6^(s/2)
 *   paper form:       L(C, M) = E + (a M^eta + b M^-eta) C^-eta,        C = 6 N D,  eta = -s/2,  a = A 6^eta
 * </pre>
 *
 * so the coefficient {@code b} of this parameterisation is the paper's b. For fixed M the reducible loss
 * L - E is a power law in C with the same exponent -eta for every M: over-training shifts the line, it does not
 * tilt it.
 *
 * <p>Gradient: dL/dA = N^s; dL/db = 6^(s/2) (MN)^s; dL/ds = A N^s ln N + b 6^(s/2) (MN)^s (ln 6 / 2 + ln MN);
 * dL/dE = 1.
 */
public final class OvertrainingLaw implements Law {

    public static final List<String> PARAMETERS = List.of("A", "b", "exponent", "E");
    public static final List<String> INPUTS = List.of("N", "M");
    private static final OvertrainingLaw INSTANCE = new OvertrainingLaw();
    private static final double LN6 = Math.log(6);

    private OvertrainingLaw() {
    }

    public static OvertrainingLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "overtraining";
    }

    @Override
    public String formula() {
        return "L(N, M) = A N^s + b 6^(s/2) (M N)^s + E, i.e. L(C, M) = E + (a M^eta + b M^-eta) C^-eta";
    }

    @Override
    public List<String> inputs() {
        return INPUTS;
    }

    @Override
    public List<String> parameters() {
        return PARAMETERS;
    }

    @Override
    public double predict(double[] x, double[] p) {
        double n = x[0];
        double d = x[1] * n;
        return p[0] * Math.pow(n, p[2]) + p[1] * Math.pow(6, p[2] / 2) * Math.pow(d, p[2]) + p[3];
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double n = x[0];
        double d = x[1] * n;
        double nPow = Math.pow(n, p[2]);
        double dTerm = Math.pow(6, p[2] / 2) * Math.pow(d, p[2]);
        gradient[0] = nPow;
        gradient[1] = dTerm;
        gradient[2] = p[0] * nPow * Math.log(n) + p[1] * dTerm * (0.5 * LN6 + Math.log(d));
        gradient[3] = 1;
    }

    /** @return eta = -s/2, the compute exponent of the paper (its alpha_C). */
    public static double eta(double[] p) {
        return -p[2] / 2;
    }

    /** @return (E, a, b, eta), the paper's parameterisation L(C, M) = E + (a M^eta + b M^-eta) C^-eta. */
    public static double[] paperForm(double[] p) {
        double eta = eta(p);
        return new double[] {p[3], p[0] * Math.pow(6, eta), p[1], eta};
    }

    /** @return (E, A, B, alpha), Chinchilla's parameterisation with one exponent alpha = beta = -s. */
    public static double[] chinchillaForm(double[] p) {
        return new double[] {p[3], p[0], p[1] * Math.pow(6, p[2] / 2), -p[2]};
    }

    /** @return L at compute C and token multiplier M, from the paper's form (E, a, b, eta). */
    public static double lossAt(double[] paper, double compute, double multiplier) {
        double eta = paper[3];
        return paper[0] + (paper[1] * Math.pow(multiplier, eta) + paper[2] * Math.pow(multiplier, -eta))
                * Math.pow(compute, -eta);
    }
}
