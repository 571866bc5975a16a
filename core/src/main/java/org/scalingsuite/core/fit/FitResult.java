package org.scalingsuite.core.fit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.optim.Termination;

/**
 * The outcome of one fit.
 *
 * @param parameterNames names, in the order of {@code parameters}
 * @param parameters     the fitted values
 * @param objective      the objective at the fitted values (unscaled)
 * @param iterations     optimizer iterations
 * @param evaluations    objective (or residual) evaluations
 * @param termination    why the optimizer stopped; {@link #converged()} says whether that is convergence
 * @param detail         the stop in words, with the numbers behind it
 * @param start          the starting point
 * @param method         the fitter that produced this result
 * @param warnings       diagnostics a user must see (e.g. parameters on their bounds); empty when none
 */
public record FitResult(
        List<String> parameterNames,
        double[] parameters,
        double objective,
        int iterations,
        int evaluations,
        Termination termination,
        String detail,
        double[] start,
        String method,
        List<String> warnings) {

    public FitResult {
        parameterNames = List.copyOf(parameterNames);
        parameters = parameters.clone();
        start = start.clone();
        warnings = List.copyOf(warnings);
        if (parameterNames.size() != parameters.length) {
            throw new IllegalArgumentException(parameterNames.size() + " names for " + parameters.length + " parameters");
        }
    }

    /** @return true when the optimizer stopped on a convergence test and the result holds finite numbers. */
    public boolean converged() {
        if (!termination.converged() || !Double.isFinite(objective)) {
            return false;
        }
        for (double p : parameters) {
            if (!Double.isFinite(p)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    /** @return the fitted value of the named parameter. */
    public double parameter(String name) {
        int j = parameterNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "'; parameters are " + parameterNames);
        }
        return parameters[j];
    }

    /** @return the parameters by name, in order. */
    public Map<String, Double> parameterMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int j = 0; j < parameters.length; j++) {
            map.put(parameterNames.get(j), parameters[j]);
        }
        return map;
    }

    /** @return a copy with more warnings. */
    public FitResult withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new FitResult(parameterNames, parameters, objective, iterations, evaluations, termination, detail,
                start, method, all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FitResult r && parameterNames.equals(r.parameterNames)
                && Arrays.equals(parameters, r.parameters) && Double.compare(objective, r.objective) == 0
                && iterations == r.iterations && evaluations == r.evaluations && termination == r.termination
                && detail.equals(r.detail) && Arrays.equals(start, r.start) && method.equals(r.method)
                && warnings.equals(r.warnings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parameters) * 31 + Double.hashCode(objective);
    }

    @Override
    public String toString() {
        return "FitResult[" + parameterMap() + ", objective=" + objective + ", iterations=" + iterations
                + ", evaluations=" + evaluations + ", " + (converged() ? "converged" : "NOT converged") + ": "
                + detail + (warnings.isEmpty() ? "" : ", warnings=" + warnings) + "]";
    }
}
