package org.scalingsuite.core.optim.lbfgsb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.OptimizationResult;
import org.scalingsuite.core.optim.Termination;

/*
 * Checks that L-BFGS-B reports every way a run can end without a solution (DESIGN.md: "a fit that did not
 * converge says so"): a non-finite objective or gradient at the start, the iteration limit, the evaluation limit;
 * and that a start already at a stationary point ends at once on the gradient test, as in scipy.
 */
class LbfgsbTerminationTest {

    @Test
    void nonFiniteValueAtTheStartIsReportedNotConverged() {
        DifferentiableFunction nanAtStart = constantFunction(Double.NaN, 0);
        OptimizationResult r = LbfgsbOptimizer.withDefaults().minimize(nanAtStart, new double[] {1, 2});

        assertEquals(Termination.NON_FINITE, r.termination());
        assertFalse(r.converged());
        assertEquals(1, r.evaluations(), "stops after the first evaluation");
        assertEquals(0, r.iterations());
        assertTrue(Double.isNaN(r.value()));
    }

    @Test
    void infiniteGradientAtTheStartIsReportedNotConverged() {
        DifferentiableFunction infiniteSlope = constantFunction(1.0, Double.POSITIVE_INFINITY);
        OptimizationResult r = LbfgsbOptimizer.withDefaults().minimize(infiniteSlope, new double[] {0, 0});

        assertEquals(Termination.NON_FINITE, r.termination());
        assertFalse(r.converged());
    }

    @Test
    void iterationLimitIsReportedNotConverged() {
        OptimizationResult r = LbfgsbOptimizer.withDefaults().withMaxIterations(2)
                .minimize(TestProblems.rosenbrock(), new double[] {-1.2, 1});

        assertEquals(Termination.MAX_ITERATIONS, r.termination(), r::toString);
        assertFalse(r.converged());
        assertEquals(2, r.iterations());
        // Two iterations from (-1.2, 1) are far from (1, 1): the limit, not convergence, stopped the run.
        assertTrue(r.value() > 1, r::toString);
    }

    @Test
    void evaluationLimitIsReportedNotConverged() {
        OptimizationResult r = LbfgsbOptimizer.withDefaults().withMaxEvaluations(5)
                .minimize(TestProblems.rosenbrock(), new double[] {-1.2, 1});

        assertEquals(Termination.MAX_EVALUATIONS, r.termination(), r::toString);
        assertFalse(r.converged());
        // scipy's rule: the limit is checked after each iteration, and trips once the count exceeds maxfun.
        assertTrue(r.evaluations() > 5, r::toString);
    }

    @Test
    void stationaryStartStopsOnTheGradientTestWithoutIterating() {
        OptimizationResult r = LbfgsbOptimizer.withDefaults().minimize(TestProblems.rosenbrock(), new double[] {1, 1});

        assertEquals(Termination.PROJECTED_GRADIENT_SMALL, r.termination());
        assertTrue(r.converged());
        assertEquals(0, r.iterations());
        assertEquals(1, r.evaluations());
    }

    @Test
    void dimensionMismatchIsRejected() {
        LbfgsbOptimizer optimizer = LbfgsbOptimizer.withDefaults();
        DifferentiableFunction f = TestProblems.rosenbrock();
        assertThrows(IllegalArgumentException.class, () -> optimizer.minimize(f, new double[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> optimizer.minimize(f, new double[] {1, 2}, Bounds.unbounded(3)));
    }

    /** f(x) = value everywhere, with every gradient component equal to slope. */
    private static DifferentiableFunction constantFunction(double value, double slope) {
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                java.util.Arrays.fill(g, slope);
                return value;
            }
        };
    }
}
