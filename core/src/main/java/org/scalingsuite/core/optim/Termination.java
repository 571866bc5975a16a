package org.scalingsuite.core.optim;

/**
 * Why an optimizer stopped. Each reason says whether it counts as convergence, in the sense scipy's
 * {@code OptimizeResult.success} uses.
 */
public enum Termination {
    /** L-BFGS-B: the infinity norm of the projected gradient fell to {@code gtol} or below. */
    PROJECTED_GRADIENT_SMALL(true, "projected gradient norm <= gtol"),
    /** L-BFGS-B: {@code (f_k - f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) <= ftol}. */
    RELATIVE_REDUCTION_SMALL(true, "relative reduction of f <= ftol"),
    /**
     * Levenberg-Marquardt (MINPACK {@code lmder} tests): the relative reduction of the sum of squares fell
     * below ftol, the relative parameter change below xtol, or the residuals became orthogonal to the
     * Jacobian's columns to within gtol.
     */
    LM_TOLERANCE_MET(true, "Levenberg-Marquardt ftol, xtol or gtol test passed"),
    /** The iteration limit was reached before any convergence test passed. */
    MAX_ITERATIONS(false, "iteration limit reached"),
    /** The evaluation limit was reached before any convergence test passed. */
    MAX_EVALUATIONS(false, "function evaluation limit reached"),
    /** The line search could not find an acceptable step, even after the memory was reset. */
    LINE_SEARCH_FAILED(false, "line search failed (abnormal termination)"),
    /** The function returned NaN or an infinite value at the start or during the search. */
    NON_FINITE(false, "objective or gradient is not finite"),
    /** A linear system the method depends on was singular or the tolerances were too strict to progress. */
    NUMERICAL_FAILURE(false, "numerical failure");

    private final boolean converged;
    private final String description;

    Termination(boolean converged, String description) {
        this.converged = converged;
        this.description = description;
    }

    /** @return true when this reason is a convergence criterion, false for limits and failures. */
    public boolean converged() {
        return converged;
    }

    public String description() {
        return description;
    }
}
