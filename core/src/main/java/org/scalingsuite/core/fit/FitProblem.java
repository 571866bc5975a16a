package org.scalingsuite.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.objective.Objective;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * An immutable fitting problem: a law, the observations, the objective and box bounds on the parameters.
 * The law is bound to the data once (see {@link Law#bind}) and the objective prepared on that binding once
 * (see {@link Objective#prepare}); every fitter run creates its own objective function from them, so one
 * problem can be solved from many starts in parallel.
 */
public final class FitProblem {

    private final Law law;
    private final Observations data;
    private final Objective objective;
    private final Bounds bounds;
    private final Evaluator evaluator;
    private final List<String> parameterNames;
    private final Supplier<DifferentiableFunction> functions;

    private FitProblem(Law law, Observations data, Objective objective, Bounds bounds) {
        this.law = Objects.requireNonNull(law, "law");
        this.data = Objects.requireNonNull(data, "data");
        this.objective = Objects.requireNonNull(objective, "objective");
        List<String> names = new ArrayList<>(law.parameters());
        names.addAll(objective.extraParameters());
        this.parameterNames = List.copyOf(names);
        this.bounds = bounds == null ? Bounds.unbounded(parameterNames.size()) : bounds;
        if (this.bounds.dimension() != parameterNames.size()) {
            throw new IllegalArgumentException("bounds have " + this.bounds.dimension() + " entries but the problem has "
                    + parameterNames.size() + " parameters " + parameterNames);
        }
        this.evaluator = law.bind(data);
        this.functions = objective.prepare(evaluator, data);
    }

    /** @return an unbounded problem. */
    public static FitProblem of(Law law, Observations data, Objective objective) {
        return new FitProblem(law, data, objective, null);
    }

    /** @return a copy with the given bounds. */
    public FitProblem withBounds(Bounds newBounds) {
        return new FitProblem(law, data, objective, newBounds);
    }

    /** @return a copy on other data (e.g. a bootstrap resample), with the same law, objective and bounds. */
    public FitProblem withData(Observations newData) {
        return new FitProblem(law, newData, objective, bounds);
    }

    public Law law() {
        return law;
    }

    public Observations data() {
        return data;
    }

    public Objective objective() {
        return objective;
    }

    public Bounds bounds() {
        return bounds;
    }

    /** @return the law's evaluator bound to this problem's data (thread-safe, shared). */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** @return the law's parameter names followed by the objective's extra parameters. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    public int dimension() {
        return parameterNames.size();
    }

    /** @return a fresh objective function of the parameters (single-threaded). */
    public DifferentiableFunction objectiveFunction() {
        return functions.get();
    }

    @Override
    public String toString() {
        return "FitProblem[" + law.formula() + "; " + objective.description() + "; " + data + "]";
    }
}
