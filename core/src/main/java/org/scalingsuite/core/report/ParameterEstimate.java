package org.scalingsuite.core.report;

/**
 * A fitted parameter with its uncertainty.
 *
 * @param name          the parameter name
 * @param value         the estimate
 * @param standardError the standard error, NaN when not computed
 * @param lower         the lower end of the confidence interval, NaN when not computed
 * @param upper         the upper end of the confidence interval, NaN when not computed
 * @param published     the published value for comparison, NaN when there is none
 */
public record ParameterEstimate(String name, double value, double standardError, double lower, double upper,
        double published) {

    /** @return an estimate with no uncertainty or published value. */
    public static ParameterEstimate of(String name, double value) {
        return new ParameterEstimate(name, value, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public ParameterEstimate withPublished(double value) {
        return new ParameterEstimate(name, this.value, standardError, lower, upper, value);
    }
}
