package org.scalingsuite.core.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.optim.Termination;

/**
 * What an {@link EstimationMethod} fitted: the law used for predictions and its parameters, with the
 * optimizer's account of how it stopped. The built-in methods all report the direct Chinchilla form
 * (E, A, B, alpha, beta) so their parameters can be compared side by side; a user's method may report any
 * law over the inputs (N, D).
 *
 * @param law         the law whose {@code predict((N, D), parameters)} gives the predicted loss
 * @param parameters  the fitted parameters, in the order of {@code law.parameters()}
 * @param objective   the method's own objective at the fit (not comparable across methods)
 * @param evaluations objective or residual evaluations spent, over all starts
 * @param termination why the (selected) optimizer run stopped
 * @param detail      the stop in words
 * @param warnings    diagnostics a user must see; empty when none
 */
public record MethodFit(Law law, double[] parameters, double objective, long evaluations, Termination termination,
        String detail, List<String> warnings) {

    public MethodFit {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(termination, "termination");
        Objects.requireNonNull(detail, "detail");
        parameters = parameters.clone();
        warnings = List.copyOf(warnings);
        if (parameters.length != law.dimension()) {
            throw new IllegalArgumentException(parameters.length + " parameters for law " + law.name() + " with "
                    + law.dimension());
        }
    }

    /** @return true when the optimizer stopped on a convergence test with finite parameters. */
    public boolean converged() {
        if (!termination.converged() || !Double.isFinite(objective)) {
            return false;
        }
        return Arrays.stream(parameters).allMatch(Double::isFinite);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** @return the parameter names of the law. */
    public List<String> parameterNames() {
        return law.parameters();
    }

    /** @return the predicted loss at (N, D). */
    public double predict(double n, double d) {
        return law.predict(new double[] {n, d}, parameters);
    }

    /** @return this fit as a core {@link FitResult}, as the bootstrap collects them. */
    public FitResult asFitResult(String method) {
        return new FitResult(law.parameters(), parameters, objective, 0, (int) Math.min(Integer.MAX_VALUE, evaluations),
                termination, detail, new double[parameters.length], method, warnings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MethodFit m && law.equals(m.law) && Arrays.equals(parameters, m.parameters)
                && Double.compare(objective, m.objective) == 0 && evaluations == m.evaluations
                && termination == m.termination && detail.equals(m.detail) && warnings.equals(m.warnings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parameters) * 31 + Double.hashCode(objective);
    }

    @Override
    public String toString() {
        return "MethodFit[" + law.name() + " " + Arrays.toString(parameters) + ", objective " + objective + ", "
                + (converged() ? "converged" : "NOT converged") + ": " + detail + "]";
    }
}
