package org.scalingsuite.core.law;

/**
 * A law bound to one data set: evaluates every row's prediction, and optionally the Jacobian, in one call.
 * Implementations hold only immutable per-row data and are thread-safe.
 *
 * <p>Jacobians are row-major: {@code jacobian[i * dimension() + j] = d f_i / d p_j}.
 *
 * <p>An evaluator may also offer fused objective kernels through small optional interfaces (e.g.
 * {@link FusedLogHuber}); objectives use them when present and fall back to these methods otherwise.
 */
public interface Evaluator {

    /** @return the number of rows. */
    int size();

    /** @return the number of parameters. */
    int dimension();

    /**
     * Computes {@code values[i] = f(x_i; p)} and, when {@code jacobian} is not null, its derivatives.
     */
    void predict(double[] p, double[] values, double[] jacobian);

    /**
     * Computes {@code values[i] = log f(x_i; p)} and, when {@code jacobian} is not null, its derivatives.
     */
    void logPredict(double[] p, double[] values, double[] jacobian);
}
