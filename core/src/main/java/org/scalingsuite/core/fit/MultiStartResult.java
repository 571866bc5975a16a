package org.scalingsuite.core.fit;

/**
 * The outcome of a multi-start fit.
 *
 * @param best        the selected fit: the lowest objective among converged starts (ties keep the earlier
 *                    start); when no start converged, the lowest objective overall, which then reports
 *                    {@code converged() == false}
 * @param bestIndex   the index of the selected start in the grid
 * @param starts      the number of starts run
 * @param converged   how many starts converged
 * @param evaluations total objective evaluations over all starts
 * @param iterations  total iterations over all starts
 * @param objectives  the final objective of every start, in grid order
 */
public record MultiStartResult(
        FitResult best, int bestIndex, int starts, int converged, long evaluations, long iterations,
        double[] objectives) {

    public MultiStartResult {
        objectives = objectives.clone();
    }

    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    /** @return a copy whose selected fit is {@code result} (the same fit with more warnings). */
    public MultiStartResult withBest(FitResult result) {
        return new MultiStartResult(result, bestIndex, starts, converged, evaluations, iterations, objectives);
    }

    /** @return the number of starts whose final objective is within {@code tolerance} of the best. */
    public int startsNearBest(double tolerance) {
        int count = 0;
        for (double v : objectives) {
            if (v <= best.objective() + tolerance) {
                count++;
            }
        }
        return count;
    }
}
