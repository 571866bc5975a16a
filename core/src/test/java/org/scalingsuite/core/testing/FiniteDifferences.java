package org.scalingsuite.core.testing;

import java.util.function.ToDoubleFunction;

/**
 * Five-point central finite differences, the independent reference for every analytic gradient in these tests:
 *
 * <pre>
 *   f'(p) ~ (f(p - 2h) - 8 f(p - h) + 8 f(p + h) - f(p + 2h)) / (12 h),   h = 1e-4 |p|  (1e-4 when p = 0).
 * </pre>
 *
 * <p>Error budget. Truncation: {@code h^4 |f^(5)| / 30}; for a function varying on a scale l in p this is
 * about {@code 3e-18 (|p| / l)^4} relative to f', e.g. 3e-14 for an exponent of 0.3 multiplying log N ~ 30, and it
 * vanishes for polynomials of degree 4 or less. Rounding: the stencil weights sum to 18/12, so about
 * {@code 1.5 eps S / h = 3.3e-16 S / h} with S the largest |f| met on the stencil. {@link #tolerance} allows
 * {@code 1e-7 |f'| + 1e-13 S / h}: over 10^4 times the truncation term and 300 times the rounding term, while an
 * error in an analytic derivative (a wrong sign, factor or term) is of the order of |f'| itself.
 */
public final class FiniteDifferences {

    /** Relative step. */
    public static final double RELATIVE_STEP = 1e-4;

    private FiniteDifferences() {
    }

    /** A numerical derivative with its step and the largest |f| met on its stencil. */
    public record Derivative(double value, double step, double scale) {
    }

    /** @return the numerical derivative of {@code f} along parameter {@code j} at {@code p}. */
    public static Derivative partial(ToDoubleFunction<double[]> f, double[] p, int j) {
        double h = RELATIVE_STEP * (p[j] == 0 ? 1 : Math.abs(p[j]));
        double[] x = p.clone();
        double[] values = new double[4];
        double[] offsets = {-2, -1, 1, 2};
        double scale = 0;
        for (int k = 0; k < 4; k++) {
            x[j] = p[j] + offsets[k] * h;
            values[k] = f.applyAsDouble(x);
            scale = Math.max(scale, Math.abs(values[k]));
        }
        double d = (values[0] - 8 * values[1] + 8 * values[2] - values[3]) / (12 * h);
        return new Derivative(d, h, scale);
    }

    /** @return the allowed |analytic - numerical| (see the class comment). */
    public static double tolerance(Derivative numeric) {
        return 1e-7 * Math.abs(numeric.value()) + 1e-13 * numeric.scale() / numeric.step();
    }

    /**
     * Asserts that {@code analytic} matches the numerical gradient of {@code f} at {@code p}, component by
     * component, within {@link #tolerance}.
     */
    public static void assertGradient(ToDoubleFunction<double[]> f, double[] p, double[] analytic, String what) {
        assertGradient(f, p, analytic, what, 0);
    }

    /**
     * As {@link #assertGradient(ToDoubleFunction, double[], double[], String)}, with an absolute floor added to
     * the tolerance, for functions whose value is formed by cancellation (e.g. a sum of squared residuals at a
     * zero-residual minimizer, where the rounding of the residuals, not of f, sets the noise).
     */
    public static void assertGradient(ToDoubleFunction<double[]> f, double[] p, double[] analytic, String what,
            double absoluteFloor) {
        for (int j = 0; j < p.length; j++) {
            Derivative numeric = partial(f, p, j);
            double tol = tolerance(numeric) + absoluteFloor;
            double diff = Math.abs(analytic[j] - numeric.value());
            if (!(diff <= tol)) {
                throw new AssertionError(what + ": component " + j + " analytic " + analytic[j] + " numerical "
                        + numeric.value() + " differ by " + diff + " > tolerance " + tol + " at "
                        + java.util.Arrays.toString(p));
            }
        }
    }
}
