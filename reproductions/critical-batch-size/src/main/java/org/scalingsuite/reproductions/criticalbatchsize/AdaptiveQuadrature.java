package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss-Kronrod quadrature (7-point Gauss, 15-point Kronrod), as QUADPACK's QAG: each
 * interval's error is estimated by |Kronrod - Gauss|, and the interval with the largest error is bisected until
 * the summed error is at most the tolerance. Bisection copes with integrable endpoint behaviour such as
 * {@code t^c} at 0.
 *
 * <p>Nodes and weights: R. Piessens, E. de Doncker-Kapenga, C. W. Ueberhuber, D. K. Kahaner, "QUADPACK: A
 * Subroutine Package for Automatic Integration", Springer, 1983 (routine QK15).
 *
 * @param absoluteTolerance the target absolute error of the whole integral
 * @param maxIntervals      the most intervals allowed
 */
public record AdaptiveQuadrature(double absoluteTolerance, int maxIntervals) {

    private static final double[] XGK = {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.000000000000000000000000000000000};
    private static final double[] WGK = {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
    private static final double[] WG = {
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

    /** Thrown when an interval cannot meet its tolerance within the depth limit. */
    public static final class NotConvergedException extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        NotConvergedException(String message) {
            super(message);
        }
    }

    /** @return the integral of {@code f} over [a, b]. */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        if (!(b > a)) {
            throw new IllegalArgumentException("need a < b: " + a + ", " + b);
        }
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(y[3], x[3]));
        queue.add(piece(f, a, b));
        double total = queue.peek()[2];
        double error = queue.peek()[3];
        while (error > absoluteTolerance) {
            if (queue.size() >= maxIntervals) {
                throw new NotConvergedException("no convergence with " + maxIntervals + " intervals on [" + a + ", "
                        + b + "]: estimated error " + error + ", tolerance " + absoluteTolerance);
            }
            double[] worst = queue.poll();
            double m = 0.5 * (worst[0] + worst[1]);
            double[] left = piece(f, worst[0], m);
            double[] right = piece(f, m, worst[1]);
            total += left[2] + right[2] - worst[2];
            error += left[3] + right[3] - worst[3];
            queue.add(left);
            queue.add(right);
        }
        // Re-sum to avoid the drift of the running updates.
        double sum = 0;
        for (double[] p : queue) {
            sum += p[2];
        }
        return sum;
    }

    /** @return {a, b, Kronrod estimate, |Kronrod - Gauss|}. */
    private static double[] piece(DoubleUnaryOperator f, double a, double b) {
        double[] kg = rule(f, a, b);
        return new double[] {a, b, kg[0], Math.abs(kg[0] - kg[1])};
    }

    /** @return {Kronrod estimate, Gauss estimate} on [a, b]. */
    private static double[] rule(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(centre);
        double kronrod = fc * WGK[7];
        double gauss = fc * WG[3];
        for (int j = 0; j < 7; j++) {
            double dx = half * XGK[j];
            double sum = f.applyAsDouble(centre - dx) + f.applyAsDouble(centre + dx);
            kronrod += WGK[j] * sum;
            if (j % 2 == 1) {
                gauss += WG[j / 2] * sum;
            }
        }
        return new double[] {kronrod * half, gauss * half};
    }
}
