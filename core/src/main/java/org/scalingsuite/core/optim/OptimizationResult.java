package org.scalingsuite.core.optim;

import java.util.Arrays;

/**
 * The outcome of one local optimization.
 *
 * @param point        the final point
 * @param value        the function value there
 * @param iterations   completed iterations
 * @param evaluations  function (and gradient) evaluations
 * @param termination  why the optimizer stopped; {@link Termination#converged()} tells success
 * @param detail       a human-readable account of the stop, with the numbers behind it
 */
public record OptimizationResult(
        double[] point, double value, int iterations, int evaluations, Termination termination, String detail) {

    public OptimizationResult {
        point = point.clone();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    /** @return true when the optimizer stopped on a convergence test. */
    public boolean converged() {
        return termination.converged();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizationResult r
                && Arrays.equals(point, r.point)
                && Double.compare(value, r.value) == 0
                && iterations == r.iterations
                && evaluations == r.evaluations
                && termination == r.termination
                && detail.equals(r.detail);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(point) * 31 + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "OptimizationResult[point=" + Arrays.toString(point) + ", value=" + value + ", iterations=" + iterations
                + ", evaluations=" + evaluations + ", termination=" + termination + " (" + detail + ")]";
    }
}
