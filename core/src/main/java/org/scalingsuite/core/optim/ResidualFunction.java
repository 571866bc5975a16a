package org.scalingsuite.core.optim;

/**
 * A vector of residuals {@code r_i(p)} with Jacobian {@code J_ij = d r_i / d p_j}, the input of
 * least-squares solvers such as Levenberg-Marquardt. Implementations may keep scratch state and need
 * not be thread-safe.
 */
public interface ResidualFunction {

    /** @return the number of residuals. */
    int size();

    /** @return the number of parameters. */
    int dimension();

    /**
     * Computes the residuals at {@code p} and, when {@code jacobian} is not null, the row-major Jacobian
     * {@code jacobian[i * dimension() + j]}.
     */
    void evaluate(double[] p, double[] residuals, double[] jacobian);
}
