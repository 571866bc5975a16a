package org.scalingsuite.core.optim.lbfgsb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.OptimizationResult;

/*
 * Checks L-BFGS-B's handling of box constraints against problems whose constrained solution is known in closed
 * form (Byrd, Lu, Nocedal, Zhu 1995 define optimality through the projected gradient P(x - g) - x):
 *  - Rosenbrock with x1 >= 1.5: the solution is (1.5, 2.25) with f = 0.25; there the raw gradient is (1, 0),
 *    not zero, while the projected gradient is zero;
 *  - a separable quadratic sum c_i (x_i - t_i)^2, whose box-constrained minimizer is the clamp of t onto the box,
 *    with lower-only, upper-only, two-sided, absent and equal (fixed) bounds;
 *  - a start outside the box is projected onto it before the first evaluation, and no evaluation leaves the box.
 */
class LbfgsbBoundsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void rosenbrockWithActiveLowerBound() {
        Bounds bounds = new Bounds(new double[] {1.5, -INF}, new double[] {INF, INF});
        DifferentiableFunction f = TestProblems.rosenbrock();

        for (double[] start : new double[][] {{-1.2, 1}, {2, 1}, {3, 10}}) {
            OptimizationResult r = LbfgsbOptimizer.withDefaults().minimize(f, start, bounds);

            assertTrue(r.converged(), r::toString);
            double[] x = r.point();
            // L-BFGS-B moves a variable that hits its bound exactly onto it (the Cauchy point sets it there).
            assertEquals(1.5, x[0], 0.0, "x1 sits exactly on its bound");
            assertArrayEquals(new int[] {0}, bounds.activeAt(x));
            // x2 = x1^2: the gradient test gtol = 1e-5 gives |200 (x2 - 2.25)| <= 1e-5.
            assertEquals(2.25, x[1], 1e-7);
            assertEquals(0.25, r.value(), 1e-12);

            double[] g = TestProblems.gradient(f, x);
            // Raw gradient: df/dx1 = -400 x1 (x2 - x1^2) - 2 (1 - x1) = 1 at the solution. Not stationary...
            assertEquals(1.0, g[0], 1e-4);
            // ...but the projected gradient vanishes: the descent direction -g points out of the box.
            double[] pg = projectedGradient(x, g, bounds);
            assertEquals(0.0, pg[0], 0.0);
            assertEquals(0.0, pg[1], 1e-5);
        }
    }

    @Test
    void separableQuadraticSolutionIsTheClampOfTheUnconstrainedMinimizer() {
        // Variables: 0 lower-only (active), 1 upper-only (active), 2 both bounds (inactive), 3 both (active at
        // upper), 4 unbounded, 5 fixed by equal bounds, 6 lower-only (inactive), 7 both (active at lower).
        double[] curvature = {1, 10, 0.5, 3, 2, 7, 0.1, 100};
        double[] target = {-2, 5, 0.25, 9, -3.5, 1, 4, -8};
        double[] lower = {0, -INF, -1, -1, -INF, 0.3, -10, -2};
        double[] upper = {INF, 1, 1, 2, INF, 0.3, INF, 3};
        Bounds bounds = new Bounds(lower, upper);
        double[] expected = bounds.project(target);
        assertArrayEquals(new double[] {0, 1, 0.25, 2, -3.5, 0.3, 4, -2}, expected, 0.0, "the clamp itself");

        double[] start = {3, -3, 0.9, 0, 7, 0.3, 0, 2.5};
        // ftol = 0: f is about 3914 at the solution (the clamped terms), so the default relative-reduction test
        // would stop with the free variables only about 1e-6 from their targets.
        OptimizationResult r = LbfgsbOptimizer.withDefaults().withFtol(0).withGtol(1e-12)
                .minimize(TestProblems.separableQuadratic(curvature, target), start, bounds);

        // With ftol = 0 the run ends on the gradient test or when an iteration no longer lowers f at all.
        assertTrue(r.converged(), r::toString);
        double[] x = r.point();
        for (int i = 0; i < x.length; i++) {
            // Once the active set is found, the quasi-Newton step on the free variables of a separable quadratic
            // is exact up to rounding (observed errors ~1e-13); a wrong active set or step is off by O(1).
            assertEquals(expected[i], x[i], 1e-10, "x[" + i + "]");
        }
        assertArrayEquals(new int[] {0, 1, 3, 5, 7}, bounds.activeAt(x), "active set: the clamped variables");
        assertEquals(0.3, x[5], 0.0, "a variable with equal bounds never moves");
    }

    @Test
    void startOutsideTheBoxIsProjectedAndIteratesStayInside() {
        Bounds bounds = new Bounds(new double[] {-1, 0.5, -INF}, new double[] {1, INF, 2});
        List<double[]> evaluated = new ArrayList<>();
        DifferentiableFunction quadratic = TestProblems.separableQuadratic(new double[] {1, 2, 3},
                new double[] {4, 0, -1});
        DifferentiableFunction recording = new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                evaluated.add(x.clone());
                return quadratic.valueAndGradient(x, g);
            }
        };
        double[] start = {5, -7, 9};

        OptimizationResult r = LbfgsbOptimizer.withDefaults().minimize(recording, start, bounds);

        assertArrayEquals(new double[] {1, 0.5, 2}, evaluated.get(0), 0.0, "first evaluation at P(start)");
        for (double[] x : evaluated) {
            assertTrue(bounds.contains(x), () -> "evaluated outside the box: " + java.util.Arrays.toString(x));
        }
        assertTrue(r.converged(), r::toString);
        // Minimizer: clamp of (4, 0, -1) = (1, 0.5, -1); the free variable within gtol / (2 * 3).
        assertArrayEquals(new double[] {1, 0.5, -1}, r.point(), 1e-5);
        assertArrayEquals(new double[] {5, -7, 9}, start, 0.0, "the caller's start array is not modified");
    }

    /** The projected gradient P(x - g) - x of Byrd et al. (1995), negated so that it equals g where x is free. */
    private static double[] projectedGradient(double[] x, double[] g, Bounds bounds) {
        double[] pg = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double moved = Math.min(bounds.upper(i), Math.max(bounds.lower(i), x[i] - g[i]));
            pg[i] = x[i] - moved;
        }
        return pg;
    }
}
