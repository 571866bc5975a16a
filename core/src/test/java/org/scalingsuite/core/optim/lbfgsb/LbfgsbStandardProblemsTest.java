package org.scalingsuite.core.optim.lbfgsb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.OptimizationResult;
import org.scalingsuite.core.optim.Termination;
import org.scalingsuite.core.testing.FiniteDifferences;

/*
 * Checks that unconstrained L-BFGS-B reaches the known minimizers of standard problems from Moré, Garbow and
 * Hillstrom (1981): Rosenbrock, extended Rosenbrock (n = 10), Beale and Wood, from their standard starts.
 *
 * Tolerance: the runs stop on the projected-gradient test with gtol = 1e-10 (ftol = 0 disables the
 * relative-reduction test). Near a minimizer x* with Hessian H, |x - x*|_2 <= |g|_2 / lambda_min(H) and
 * |g|_2 <= sqrt(n) gtol, so we allow 10 sqrt(n) gtol / lambda_min(H), the factor 10 covering third-order terms.
 * lambda_min(H(x*)) was computed with numpy.linalg.eigvalsh from the Hessians written out by hand:
 * Rosenbrock [[802, -400], [-400, 200]] -> 0.39936; Beale 2 J'J -> 0.30146; Wood -> 0.71957.
 */
class LbfgsbStandardProblemsTest {

    private static final double GTOL = 1e-10;
    private static final LbfgsbOptimizer TIGHT = LbfgsbOptimizer.withDefaults().withFtol(0).withGtol(GTOL);

    static Stream<Arguments> problems() {
        double[] ones10 = new double[10];
        Arrays.fill(ones10, 1);
        return Stream.of(
                Arguments.of("Rosenbrock", TestProblems.rosenbrock(), new double[] {-1.2, 1}, new double[] {1, 1},
                        0.39936),
                Arguments.of("extended Rosenbrock n=10", TestProblems.extendedRosenbrock(10),
                        TestProblems.extendedRosenbrockStart(10), ones10, 0.39936),
                Arguments.of("Beale", TestProblems.beale(), new double[] {1, 1}, new double[] {3, 0.5}, 0.30146),
                Arguments.of("Wood", TestProblems.wood(), new double[] {-3, -1, -3, -1}, new double[] {1, 1, 1, 1},
                        0.71957));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reachesTheKnownMinimizer(String name, DifferentiableFunction f, double[] start, double[] minimizer,
            double lambdaMin) {
        OptimizationResult r = TIGHT.minimize(f, start);

        assertEquals(Termination.PROJECTED_GRADIENT_SMALL, r.termination(), r::toString);
        assertTrue(r.converged());
        double tolerance = 10 * Math.sqrt(start.length) * GTOL / lambdaMin;
        double[] x = r.point();
        for (int i = 0; i < x.length; i++) {
            assertEquals(minimizer[i], x[i], tolerance, name + " x[" + i + "]: " + r);
        }
        // f - f* ~ g' H^-1 g / 2 <= n gtol^2 / (2 lambda_min) ~ 1e-19; f* = 0 for all four problems.
        assertTrue(r.value() >= 0 && r.value() < 1e-15, () -> name + " final value " + r.value());
        assertEquals(r.value(), TestProblems.value(f, x), 0.0, "the reported value is f at the reported point");
    }

    /**
     * The reference problems themselves: their hand-written gradients agree with finite differences. Absolute
     * floor 1e-12: at a zero-residual minimizer f is a sum of squares of residuals that are differences of O(1)
     * terms; their rounding (~1e-15) makes the numerical derivative noisy at the 1e-14 level.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void testProblemGradientsAreRight(String name, DifferentiableFunction f, double[] start, double[] minimizer,
            double lambdaMin) {
        double[][] points = {start, minimizer, shifted(start, minimizer)};
        for (double[] p : points) {
            FiniteDifferences.assertGradient(x -> TestProblems.value(f, x), p, TestProblems.gradient(f, p), name,
                    1e-12);
        }
    }

    private static double[] shifted(double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = 0.3 * a[i] + 0.7 * b[i] + 0.01 * (i + 1);
        }
        return m;
    }
}
