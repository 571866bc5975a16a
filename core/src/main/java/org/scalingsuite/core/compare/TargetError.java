package org.scalingsuite.core.compare;

/**
 * The prediction of one held-out run.
 *
 * @param n             the run's model size N
 * @param d             the run's training tokens D
 * @param observed      the observed loss
 * @param predicted     the method's predicted loss
 * @param relativeError {@code (predicted - observed) / observed}
 */
public record TargetError(double n, double d, double observed, double predicted, double relativeError) {

    /** @return the error of predicting {@code observed} by {@code predicted}. */
    public static TargetError of(double n, double d, double observed, double predicted) {
        return new TargetError(n, d, observed, predicted, (predicted - observed) / observed);
    }
}
