package org.scalingsuite.core.law;

import java.util.List;

/**
 * Kaplan et al.'s joint dependence of the loss on model size and data,
 *
 * <pre>
 *   L(N, D) = [ (N_c / N)^(alpha_N / alpha_D) + D_c / D ]^alpha_D,
 * </pre>
 *
 * parameters (Nc, Dc, alphaN, alphaD). With S = (N_c/N)^(alpha_N/alpha_D) + D_c/D and u its first term:
 * {@code dL/dNc = alpha_N S^(alpha_D-1) u / N_c}, {@code dL/dDc = alpha_D S^(alpha_D-1) / D},
 * {@code dL/dalpha_N = S^(alpha_D-1) u ln(N_c/N)},
 * {@code dL/dalpha_D = L ln S - (alpha_N/alpha_D) S^(alpha_D-1) u ln(N_c/N)}.
 *
 * <p>Reference: J. Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361, 2020,
 * Eq. (1.5); published values N_c = 8.8e13, D_c = 5.4e13, alpha_N = 0.076, alpha_D = 0.095 (Table 2 and 1.5).
 */
public final class KaplanLaw implements Law {

    private static final KaplanLaw INSTANCE = new KaplanLaw();

    private KaplanLaw() {
    }

    public static KaplanLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "kaplan";
    }

    @Override
    public String formula() {
        return "L(N, D) = [(Nc/N)^(alphaN/alphaD) + Dc/D]^alphaD";
    }

    @Override
    public List<String> inputs() {
        return ChinchillaLaw.INPUTS;
    }

    @Override
    public List<String> parameters() {
        return List.of("Nc", "Dc", "alphaN", "alphaD");
    }

    @Override
    public double predict(double[] x, double[] p) {
        double u = Math.pow(p[0] / x[0], p[2] / p[3]);
        return Math.pow(u + p[1] / x[1], p[3]);
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double nc = p[0];
        double dc = p[1];
        double alphaN = p[2];
        double alphaD = p[3];
        double logRatio = Math.log(nc / x[0]);
        double u = Math.exp(alphaN / alphaD * logRatio);
        double s = u + dc / x[1];
        double value = Math.pow(s, alphaD);
        double sPowMinus1 = value / s;
        gradient[0] = alphaN * sPowMinus1 * u / nc;
        gradient[1] = alphaD * sPowMinus1 / x[1];
        gradient[2] = sPowMinus1 * u * logRatio;
        gradient[3] = value * Math.log(s) - (alphaN / alphaD) * sPowMinus1 * u * logRatio;
    }
}
