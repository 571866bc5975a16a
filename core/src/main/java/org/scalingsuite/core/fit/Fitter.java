package org.scalingsuite.core.fit;

/**
 * A stateless local fitting method: from one start to one {@link FitResult}. Implementations are
 * immutable, configured through {@code with...} copies, and safe to call from many threads.
 */
public interface Fitter {

    /** @return the fitted result from {@code start}; never throws on non-convergence, it reports it. */
    FitResult fit(FitProblem problem, double[] start);

    /** @return the method and its settings in one line. */
    String description();
}
