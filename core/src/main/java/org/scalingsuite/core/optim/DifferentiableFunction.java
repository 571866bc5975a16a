package org.scalingsuite.core.optim;

/**
 * A smooth scalar function of a parameter vector, evaluated together with its gradient.
 *
 * <p>Implementations may keep scratch buffers and therefore need not be thread-safe; optimizers call
 * them from one thread.
 */
public interface DifferentiableFunction {

    /** @return the number of parameters. */
    int dimension();

    /**
     * Evaluates the function and its gradient.
     *
     * @param x        the point, of length {@link #dimension()}; not modified
     * @param gradient receives the gradient at {@code x}
     * @return the function value at {@code x}
     */
    double valueAndGradient(double[] x, double[] gradient);
}
