package org.scalingsuite.core.law;

import java.util.List;

/**
 * Kaplan et al.'s single-variable power law {@code L(X) = (X_c / X)^alpha}, parameters (Xc, alpha), for X
 * one of N (parameters), D (tokens), C (compute) or B (batch). Gradient:
 * {@code dL/dXc = alpha L / X_c}, {@code dL/dalpha = L ln(X_c / X)}; and {@code log L = alpha (ln X_c - ln X)}.
 *
 * <p>Reference: J. Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361, 2020,
 * Eqs. (1.1)-(1.3).
 */
public final class KaplanPowerLaw implements Law {

    private final String input;

    private KaplanPowerLaw(String input) {
        this.input = input;
    }

    /** @param input the name of the scaled quantity, e.g. {@code "N"} */
    public static KaplanPowerLaw of(String input) {
        return new KaplanPowerLaw(input);
    }

    @Override
    public String name() {
        return "kaplan-power-" + input;
    }

    @Override
    public String formula() {
        return "L(" + input + ") = (" + input + "c/" + input + ")^alpha";
    }

    @Override
    public List<String> inputs() {
        return List.of(input);
    }

    @Override
    public List<String> parameters() {
        return List.of(input + "c", "alpha");
    }

    @Override
    public double predict(double[] x, double[] p) {
        return Math.pow(p[0] / x[0], p[1]);
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double value = predict(x, p);
        gradient[0] = p[1] * value / p[0];
        gradient[1] = value * Math.log(p[0] / x[0]);
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        return p[1] * (Math.log(p[0]) - Math.log(x[0]));
    }

    @Override
    public void logGradient(double[] x, double[] p, double[] gradient) {
        gradient[0] = p[1] / p[0];
        gradient[1] = Math.log(p[0]) - Math.log(x[0]);
    }
}
