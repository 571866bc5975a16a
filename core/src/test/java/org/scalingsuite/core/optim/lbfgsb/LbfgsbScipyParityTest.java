package org.scalingsuite.core.optim.lbfgsb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.OptimizationResult;
import org.scalingsuite.core.optim.Termination;

/*
 * Checks that LbfgsbOptimizer.withDefaults() follows scipy's minimize(method="L-BFGS-B") with default options
 * step for step on the standard problems: same stopping reason, same iteration and evaluation counts, same final
 * point. Reference: scipy 1.17.1 (numpy 2.4.6), run with the same hand-written function-and-gradient code
 * (jac=True), e.g. minimize(rosen_and_grad, [-1.2, 1], jac=True, method="L-BFGS-B").
 *
 * This includes scipy's known weak spot: from the standard start the default relative-reduction test stops Wood
 * at f = 7.87695 near (-0.97, 0.96, -0.96, 0.94), not at the minimum (1, 1, 1, 1).
 *
 * Tolerance on the point: 1e-9 absolute. Both codes do the same arithmetic in a different order (Fortran BLAS vs
 * Java loops); the observed differences are below 1e-14, so 1e-9 leaves room for rounding to be amplified along
 * the path while still failing on any algorithmic difference (which moves the point by far more).
 */
class LbfgsbScipyParityTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    static Stream<Arguments> scipyRuns() {
        return Stream.of(
                Arguments.of("Rosenbrock", TestProblems.rosenbrock(), new double[] {-1.2, 1}, null,
                        new double[] {0.9999989453492819, 0.9999980209057325}, 2.807649849005401e-12, 36, 44,
                        Termination.RELATIVE_REDUCTION_SMALL),
                Arguments.of("extended Rosenbrock n=10", TestProblems.extendedRosenbrock(10),
                        TestProblems.extendedRosenbrockStart(10), null,
                        new double[] {0.9999999998284494, 0.9999999996885639, 0.9999999998284494,
                            0.9999999996885639, 0.9999999998284494, 0.9999999996885639, 0.9999999998284494,
                            0.9999999996885639, 0.9999999998284494, 0.9999999996885639},
                        6.484841963196498e-19, 37, 45, Termination.PROJECTED_GRADIENT_SMALL),
                Arguments.of("Beale", TestProblems.beale(), new double[] {1, 1}, null,
                        new double[] {2.9999999393617585, 0.49999997728493006}, 1.9483850619722033e-15, 15, 16,
                        Termination.PROJECTED_GRADIENT_SMALL),
                Arguments.of("Wood", TestProblems.wood(), new double[] {-3, -1, -3, -1}, null,
                        new double[] {-0.9726046980553235, 0.9561019381846322, -0.9648686599378717,
                            0.9422844530827845},
                        7.876954987901347, 17, 20, Termination.RELATIVE_REDUCTION_SMALL),
                Arguments.of("Rosenbrock, x1 >= 1.5", TestProblems.rosenbrock(), new double[] {-1.2, 1},
                        new Bounds(new double[] {1.5, -INF}, new double[] {INF, INF}), new double[] {1.5, 2.25},
                        0.25, 2, 3, Termination.PROJECTED_GRADIENT_SMALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scipyRuns")
    void matchesScipyDefaults(String name, DifferentiableFunction f, double[] start, Bounds bounds, double[] scipyX,
            double scipyF, int scipyNit, int scipyNfev, Termination scipyStop) {
        LbfgsbOptimizer optimizer = LbfgsbOptimizer.withDefaults();
        OptimizationResult r = bounds == null ? optimizer.minimize(f, start) : optimizer.minimize(f, start, bounds);

        assertEquals(scipyStop, r.termination(), r::toString);
        assertEquals(scipyNit, r.iterations(), () -> "iterations (scipy nit): " + r);
        assertEquals(scipyNfev, r.evaluations(), () -> "evaluations (scipy nfev): " + r);
        double[] x = r.point();
        for (int i = 0; i < x.length; i++) {
            assertEquals(scipyX[i], x[i], 1e-9, name + " x[" + i + "]");
        }
        // f is within rounding of scipy's: 1e-9 relative, or 1e-18 absolute for the near-zero optima.
        assertEquals(scipyF, r.value(), Math.max(1e-9 * Math.abs(scipyF), 1e-18), name + " f");
    }
}
