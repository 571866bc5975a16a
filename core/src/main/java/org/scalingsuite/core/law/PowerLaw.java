package org.scalingsuite.core.law;

import java.util.List;

/**
 * A power law with an optional irreducible term:
 *
 * <pre>
 *   plain:       y(x) = A x^(-alpha)              parameters (A, alpha)
 *   saturating:  y(x) = E + A x^(-alpha)          parameters (E, A, alpha)
 * </pre>
 *
 * Gradient: {@code dy/dE = 1}, {@code dy/dA = x^-alpha}, {@code dy/dalpha = -A x^-alpha ln x}.
 */
public final class PowerLaw implements Law {

    private final String input;
    private final boolean saturating;

    private PowerLaw(String input, boolean saturating) {
        this.input = input;
        this.saturating = saturating;
    }

    /** @return {@code y = A x^-alpha} in the named input. */
    public static PowerLaw of(String input) {
        return new PowerLaw(input, false);
    }

    /** @return {@code y = E + A x^-alpha} in the named input. */
    public static PowerLaw saturating(String input) {
        return new PowerLaw(input, true);
    }

    @Override
    public String name() {
        return saturating ? "saturating-power-" + input : "power-" + input;
    }

    @Override
    public String formula() {
        return "y(" + input + ") = " + (saturating ? "E + " : "") + "A " + input + "^(-alpha)";
    }

    @Override
    public List<String> inputs() {
        return List.of(input);
    }

    @Override
    public List<String> parameters() {
        return saturating ? List.of("E", "A", "alpha") : List.of("A", "alpha");
    }

    @Override
    public double predict(double[] x, double[] p) {
        int o = saturating ? 1 : 0;
        double term = p[o] * Math.pow(x[0], -p[o + 1]);
        return saturating ? p[0] + term : term;
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        int o = saturating ? 1 : 0;
        double power = Math.pow(x[0], -p[o + 1]);
        if (saturating) {
            gradient[0] = 1;
        }
        gradient[o] = power;
        gradient[o + 1] = -p[o] * power * Math.log(x[0]);
    }
}
