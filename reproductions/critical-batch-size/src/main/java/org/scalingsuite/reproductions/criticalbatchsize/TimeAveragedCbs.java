package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.function.DoubleUnaryOperator;

/**
 * Merrill et al.'s (2025) Appendix D: if the local critical batch size over training is {@code f(t)} with
 * {@code f(0) = 0}, the fixed batch closest to it in L2 over [0, T] is its time average
 *
 * <pre>
 *   B* = (1/T) int_0^T f(t) dt
 *   f(t) = t^c:        B* = T^c / (c + 1)                 (c = 1/2: (2/3) sqrt T, the sqrt-T law of prior work)
 *   f(t) = log(t + 1): B* = ((T + 1)/T) log(T + 1) - 1    (about log T)
 * </pre>
 *
 * The closed forms are checked against {@link #numeric} (adaptive Gauss-Kronrod quadrature).
 */
public final class TimeAveragedCbs {

    private TimeAveragedCbs() {
    }

    /** @return T^c / (c + 1), the time average of t^c over [0, T]. */
    public static double powerLaw(double c, double horizon) {
        return Math.pow(horizon, c) / (c + 1);
    }

    /** @return ((T + 1)/T) log(T + 1) - 1, the time average of log(t + 1) over [0, T]. */
    public static double logarithmic(double horizon) {
        return (horizon + 1) / horizon * Math.log1p(horizon) - 1;
    }

    /** @return (1/T) int_0^T f(t) dt by quadrature to a relative accuracy of about {@code relativeTolerance}. */
    public static double numeric(DoubleUnaryOperator f, double horizon, double scale, double relativeTolerance) {
        AdaptiveQuadrature q = new AdaptiveQuadrature(relativeTolerance * scale * horizon, 100_000);
        return q.integrate(f, 0, horizon) / horizon;
    }

    /** @return the L2 distance {@code int_0^T (f(t) - b)^2 dt} of a fixed batch b from f. */
    public static double squaredDistance(DoubleUnaryOperator f, double b, double horizon, double absoluteTolerance) {
        return new AdaptiveQuadrature(absoluteTolerance, 100_000).integrate(t -> {
            double d = f.applyAsDouble(t) - b;
            return d * d;
        }, 0, horizon);
    }
}
