package org.scalingsuite.core.compare;

/**
 * A fitted parameter with its bootstrap spread.
 *
 * @param name          the parameter
 * @param estimate      the fit on the original (fitted) runs
 * @param standardError the standard deviation (ddof 1) over converged resamples
 * @param lower         the lower percentile bound over converged resamples
 * @param upper         the upper percentile bound
 */
public record ParameterInterval(String name, double estimate, double standardError, double lower, double upper) {

    /** @return {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }
}
