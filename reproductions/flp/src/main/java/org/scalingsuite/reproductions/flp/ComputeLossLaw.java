package org.scalingsuite.reproductions.flp;

import java.util.List;
import org.scalingsuite.core.law.Law;

/**
 * FLP's stage 1, FLOPs to loss: the pure power law {@code L(C) = (C / C_N)^alpha_N}, no irreducible term;
 * alpha_N is negative (loss falls with compute). Parameters (C_N, alpha_N). Gradient:
 * {@code dL/dC_N = -alpha_N L / C_N}, {@code dL/dalpha_N = L ln(C / C_N)}; and
 * {@code ln L = alpha_N (ln C - ln C_N)}, a straight line in log-log space, which is how
 * {@link Stage1Fit} fits it.
 *
 * <p>Reference: Y. Chen, B. Huang, Y. Gao, Z. Wang, J. Yang, H. Ji, "Scaling Laws for Predicting Downstream
 * Performance in LLMs", arXiv:2410.08527 (TMLR 2025), stage 1 of FLP (equation as quoted by ICLR 2025
 * review 1). The form is Kaplan et al.'s L(C) = (C_c/C)^alpha_C with alpha_N = -alpha_C.
 */
public final class ComputeLossLaw implements Law {

    private static final ComputeLossLaw INSTANCE = new ComputeLossLaw();

    private ComputeLossLaw() {
    }

    public static ComputeLossLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "flp-stage1";
    }

    @Override
    public String formula() {
        return "L(C) = (C/C_N)^alpha_N";
    }

    @Override
    public List<String> inputs() {
        return List.of("C");
    }

    @Override
    public List<String> parameters() {
        return List.of("C_N", "alpha_N");
    }

    @Override
    public double predict(double[] x, double[] p) {
        return Math.exp(logPredict(x, p));
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double value = predict(x, p);
        gradient[0] = -p[1] * value / p[0];
        gradient[1] = value * (Math.log(x[0]) - Math.log(p[0]));
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        return p[1] * (Math.log(x[0]) - Math.log(p[0]));
    }

    @Override
    public void logGradient(double[] x, double[] p, double[] gradient) {
        gradient[0] = -p[1] / p[0];
        gradient[1] = Math.log(x[0]) - Math.log(p[0]);
    }
}
