package org.scalingsuite.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * How one method did on one data set.
 *
 * @param methodId    the method's id
 * @param description the method in one line
 * @param fit         the fit on the fitted runs; null when the method threw (see {@code error})
 * @param error       the exception message when the method threw, else null
 * @param targets     the predictions of the held-out runs (empty without a fit or without targets)
 * @param bootstrap   the bootstrap, or null when disabled or without a fit
 * @param fitSeconds  wall time of the fit
 */
public record MethodScore(String methodId, String description, MethodFit fit, String error, List<TargetError> targets,
        BootstrapSummary bootstrap, double fitSeconds) {

    public MethodScore {
        Objects.requireNonNull(methodId);
        Objects.requireNonNull(description);
        targets = List.copyOf(targets);
        if ((fit == null) == (error == null)) {
            throw new IllegalArgumentException("a score has either a fit or an error");
        }
    }

    /** @return true when the method threw or its fit did not converge. */
    public boolean failed() {
        return fit == null || !fit.converged();
    }

    /** @return what went wrong, or an empty string. */
    public String failure() {
        if (fit == null) {
            return "error: " + error;
        }
        return fit.converged() ? "" : "not converged: " + fit.detail();
    }

    /** @return the mean of |relative error| over held-out runs; NaN without targets. */
    public double meanAbsoluteRelativeError() {
        return targets.stream().mapToDouble(t -> Math.abs(t.relativeError())).average().orElse(Double.NaN);
    }

    /** @return the largest |relative error| over held-out runs; NaN without targets. */
    public double maxAbsoluteRelativeError() {
        return targets.stream().mapToDouble(t -> Math.abs(t.relativeError())).max().orElse(Double.NaN);
    }

    /** @return the mean signed relative error (positive: over-prediction); NaN without targets. */
    public double meanRelativeError() {
        return targets.stream().mapToDouble(TargetError::relativeError).average().orElse(Double.NaN);
    }
}
