package org.scalingsuite.core.compare;

import java.util.List;

/**
 * The bootstrap of one method's fit. Intervals use the converged resamples only; how many did not converge
 * is reported beside them.
 *
 * @param resamples  resamples drawn
 * @param failures   resamples whose refit did not converge (or threw)
 * @param mode       how resamples were refitted
 * @param seed       the resampling seed
 * @param confidence the level of the percentile intervals
 * @param intervals  one per parameter; empty when no resample converged
 * @param seconds    wall time of the bootstrap
 */
public record BootstrapSummary(int resamples, int failures, BootstrapMode mode, long seed, double confidence,
        List<ParameterInterval> intervals, double seconds) {

    public BootstrapSummary {
        intervals = List.copyOf(intervals);
    }

    /** @return the interval of the named parameter. */
    public java.util.Optional<ParameterInterval> interval(String name) {
        return intervals.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
