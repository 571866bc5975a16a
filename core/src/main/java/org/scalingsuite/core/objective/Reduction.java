package org.scalingsuite.core.objective;

/**
 * How per-row losses are combined. The choice matters for optimizers whose stopping tests are absolute
 * (scipy's L-BFGS-B floors its relative-reduction denominator at 1): averaging a loss of order 1e-3 over
 * 240 rows made Hoffmann et al.'s fit stop early (Besiroglu et al. 2024).
 */
public enum Reduction {
    /** The sum over rows of {@code w_i rho(r_i)}. */
    SUM,
    /** The sum divided by the total weight (the row count when unweighted). */
    MEAN
}
