package org.scalingsuite.core.compare;

import org.scalingsuite.core.data.Observations;

/**
 * A way of estimating a scaling law from runs (N, D, loss): the functional form, the objective, the
 * optimizer and its starts, all in one. Implementations are immutable and thread-safe. To compare a method
 * of your own, implement {@link #id()}, {@link #description()} and {@link #fit}, and pass it to
 * {@link Comparison#withMethods}.
 *
 * <p>A method never throws because a fit failed to converge: it returns the fit with
 * {@link MethodFit#converged()} false, and the comparison reports it.
 */
public interface EstimationMethod {

    /** @return a short id for tables and the command line, e.g. {@code huber-log-grid}. */
    String id();

    /** @return the form, objective and optimizer in one line. */
    String description();

    /**
     * Fits the method's complete procedure (every start of its grid, if it has one).
     *
     * @param runs    observations with inputs (N, D) and response loss
     * @param threads worker threads the method may use
     */
    MethodFit fit(Observations runs, int threads);

    /**
     * Refits a bootstrap resample, single-threaded. The default repeats the complete procedure; methods with
     * a grid of starts override it to start once from {@code previous} (the fit on the original runs), the
     * usual warm-started bootstrap.
     */
    default MethodFit refit(Observations resample, MethodFit previous) {
        return fit(resample, 1);
    }
}
