package org.scalingsuite.core.law;

import java.util.List;
import org.scalingsuite.core.data.Observations;

/**
 * A parametric scaling law {@code y = f(x; p)}: an immutable functional form with named inputs and
 * parameters, its value and its analytic gradient with respect to the parameters.
 *
 * <p>New forms implement {@link #predict} and {@link #gradient}; every fitter, objective and bootstrap
 * works with them unchanged. Forms whose natural output is {@code log f} (e.g. log-sum-exp
 * parameterisations) override {@link #logPredict} and {@link #logGradient}; forms that benefit from
 * precomputing per-row transforms (such as {@code log N}) override {@link #bind}.
 */
public interface Law {

    /** @return a short name, e.g. {@code "chinchilla"}. */
    String name();

    /** @return the formula in plain text, e.g. {@code "L(N, D) = E + A/N^alpha + B/D^beta"}. */
    String formula();

    /** @return the input names, in the order of {@code x}. */
    List<String> inputs();

    /** @return the parameter names, in the order of {@code p}. */
    List<String> parameters();

    /** @return the number of parameters. */
    default int dimension() {
        return parameters().size();
    }

    /** @return f(x; p). */
    double predict(double[] x, double[] p);

    /** Writes {@code d f(x; p) / d p_j} into {@code gradient[j]}. */
    void gradient(double[] x, double[] p, double[] gradient);

    /** @return log f(x; p). */
    default double logPredict(double[] x, double[] p) {
        return Math.log(predict(x, p));
    }

    /** Writes {@code d log f(x; p) / d p_j} into {@code gradient[j]}. */
    default void logGradient(double[] x, double[] p, double[] gradient) {
        double value = predict(x, p);
        gradient(x, p, gradient);
        for (int j = 0; j < gradient.length; j++) {
            gradient[j] /= value;
        }
    }

    /**
     * Binds the law to a data set for repeated batch evaluation. The returned evaluator is thread-safe.
     *
     * @throws IllegalArgumentException when the data's inputs do not match {@link #inputs()}
     */
    default Evaluator bind(Observations data) {
        return new PointwiseEvaluator(this, data);
    }

    /** @return the index of the named parameter. */
    default int parameterIndex(String name) {
        int j = parameters().indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("law " + name() + " has no parameter '" + name + "'; parameters are "
                    + parameters());
        }
        return j;
    }

    /** Checks that {@code data} has this law's inputs, in order. */
    default void requireInputs(Observations data) {
        if (!data.inputNames().equals(inputs())) {
            throw new IllegalArgumentException("law " + name() + " needs inputs " + inputs() + " but the data has "
                    + data.inputNames());
        }
    }
}
