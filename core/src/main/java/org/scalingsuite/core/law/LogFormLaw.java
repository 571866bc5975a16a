package org.scalingsuite.core.law;

/**
 * A law whose natural output is {@code log f}, such as the log-sum-exp parameterisations of Besiroglu et al.
 * (2024): it implements {@link #logPredict} and {@link #logGradient}, and the value and gradient follow,
 * {@code f = exp(log f)} and {@code d f / d p_j = f * d log f / d p_j}.
 */
public interface LogFormLaw extends Law {

    @Override
    double logPredict(double[] x, double[] p);

    @Override
    void logGradient(double[] x, double[] p, double[] gradient);

    /** @return {@code exp(logPredict(x, p))}. */
    @Override
    default double predict(double[] x, double[] p) {
        return Math.exp(logPredict(x, p));
    }

    /** Writes {@code f(x; p) * d log f / d p_j} into {@code gradient[j]}. */
    @Override
    default void gradient(double[] x, double[] p, double[] gradient) {
        double value = predict(x, p);
        logGradient(x, p, gradient);
        for (int j = 0; j < dimension(); j++) {
            gradient[j] *= value;
        }
    }
}
