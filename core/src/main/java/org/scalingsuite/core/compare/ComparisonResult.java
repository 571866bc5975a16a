package org.scalingsuite.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of every method on one data set.
 *
 * @param datasetId      the data set
 * @param holdOut        the split used
 * @param fittedRuns     runs the methods were fitted on
 * @param heldOutRuns    runs scored
 * @param fittedSizes    distinct model sizes fitted, ascending
 * @param heldOutSizes   distinct model sizes held out, ascending
 * @param notes          how the runs were derived from the source files
 * @param scores         one per method, in the order given
 */
public record ComparisonResult(String datasetId, HoldOut holdOut, int fittedRuns, int heldOutRuns,
        double[] fittedSizes, double[] heldOutSizes, List<String> notes, List<MethodScore> scores) {

    public ComparisonResult {
        Objects.requireNonNull(datasetId);
        Objects.requireNonNull(holdOut);
        fittedSizes = fittedSizes.clone();
        heldOutSizes = heldOutSizes.clone();
        notes = List.copyOf(notes);
        scores = List.copyOf(scores);
    }

    @Override
    public double[] fittedSizes() {
        return fittedSizes.clone();
    }

    @Override
    public double[] heldOutSizes() {
        return heldOutSizes.clone();
    }

    /** @return the number of methods that threw or did not converge. */
    public int failures() {
        return (int) scores.stream().filter(MethodScore::failed).count();
    }

    /** @return the score of the method with this id. */
    public MethodScore score(String methodId) {
        return scores.stream().filter(s -> s.methodId().equals(methodId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method '" + methodId + "' in this comparison"));
    }
}
