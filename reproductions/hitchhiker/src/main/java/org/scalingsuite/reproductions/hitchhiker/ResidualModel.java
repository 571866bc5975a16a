package org.scalingsuite.reproductions.hitchhiker;

/**
 * Residuals {@code r_i(p) = f(x_i; p) - y_i} of a least-squares problem and their Jacobian, written
 * column-major ({@code jacobian[j * size() + i] = d r_i / d p_j}) so a QR factorisation can run down columns.
 * Instances are used by one thread at a time.
 */
interface ResidualModel {

    /** @return the number of residuals n. */
    int size();

    /** @return the number of parameters k. */
    int dimension();

    /**
     * Writes the residuals at {@code p} and, when {@code jacobian} is not null, their Jacobian.
     *
     * @return the sum of squared residuals
     */
    double evaluate(double[] p, double[] residuals, double[] jacobian);
}
