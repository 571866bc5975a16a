package org.scalingsuite.core.fit;

/**
 * A stateless local fitting method: from one start to one {@link FitResult}. Implementations are
 * immutable, configured through {@code with...} copies, and safe to call from many threads.
 */
public interface Fitter {

    /**
     * @return the fitted result from {@code start}; never throws on non-convergence, it reports it, and warns
     *         when the fitted parameters are not identifiable ({@link Identifiability})
     */
    FitResult fit(FitProblem problem, double[] start);

    /**
     * Like {@link #fit}, without the identifiability check: for callers that fit many times and check only the
     * result they keep, such as {@link MultiStartFitter}.
     */
    default FitResult fitUnchecked(FitProblem problem, double[] start) {
        return fit(problem, start);
    }

    /** @return the method and its settings in one line. */
    String description();
}
