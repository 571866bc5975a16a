package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The exact 3-column NNLS: recovers exact coefficients, clamps a coefficient the unconstrained solution makes
 * negative, and its optimum is never beaten by any feasible point of a dense search (the KKT point).
 */
class ThreeColumnNnlsTest {

    private static final double[][] X = {
        {1, 1, 1, 1, 1, 1},
        {0.9, 0.5, 0.3, 0.2, 0.15, 0.1},
        {0.1, 0.4, 0.2, 0.8, 0.5, 0.9}};

    @Test
    void recoversExactNonNegativeCoefficients() {
        double[] y = combine(2, 3, 0.5);
        ThreeColumnNnls nnls = new ThreeColumnNnls();
        double ssr = nnls.solve(X, 3, y);
        assertEquals(0, ssr, 1e-24);
        assertArrayEquals(new double[] {2, 3, 0.5}, nnls.solution(), 1e-12);
    }

    @Test
    void clampsANegativeCoefficientAndBeatsEveryFeasiblePointOfAGrid() {
        // y = 2 + 3 x1 - 1.5 x2 + small wiggle: the unconstrained fit wants a negative third coefficient.
        double[] y = combine(2, 3, -1.5);
        y[0] += 0.01;
        ThreeColumnNnls nnls = new ThreeColumnNnls();
        double ssr = nnls.solve(X, 3, y);
        double[] z = nnls.solution();
        assertEquals(0, z[2]);
        assertTrue(z[0] >= 0 && z[1] >= 0);
        double best = Double.POSITIVE_INFINITY;
        for (double a = 0; a <= 4; a += 0.02) {
            for (double b = 0; b <= 6; b += 0.02) {
                for (double c = 0; c <= 1; c += 0.02) {
                    best = Math.min(best, ssr(y, a, b, c));
                }
            }
        }
        assertTrue(ssr <= best + 1e-12, ssr + " vs grid " + best);
        assertEquals(ssr(y, z[0], z[1], z[2]), ssr, 1e-12);
    }

    private static double[] combine(double a, double b, double c) {
        double[] y = new double[X[0].length];
        for (int i = 0; i < y.length; i++) {
            y[i] = a * X[0][i] + b * X[1][i] + c * X[2][i];
        }
        return y;
    }

    private static double ssr(double[] y, double a, double b, double c) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - a * X[0][i] - b * X[1][i] - c * X[2][i];
            s += r * r;
        }
        return s;
    }
}
