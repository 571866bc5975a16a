package org.scalingsuite.core.objective;

import java.util.function.Supplier;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * A fitting criterion: a loss of the residuals between data and a law's predictions. Objectives are
 * immutable descriptions; {@link #bind} produces the function an optimizer minimizes.
 */
public interface Objective {

    /** @return a one-line description, e.g. {@code "Huber(delta=0.001) on log residuals, summed"}. */
    String description();

    /**
     * @return names of extra parameters the objective appends after the law's (e.g. a noise scale); empty
     *         for most objectives
     */
    default java.util.List<String> extraParameters() {
        return java.util.List.of();
    }

    /**
     * Binds the objective to a law evaluator and its data. The returned function keeps scratch buffers:
     * use one per thread.
     */
    DifferentiableFunction bind(Evaluator evaluator, Observations data);

    /**
     * Prepares the objective for many bindings to one evaluator and data set (a multi-start fit): per-row
     * constants such as {@code log y} are computed once, and every call of the returned supplier creates a
     * function with its own scratch buffers (one per thread), equal to {@link #bind(Evaluator, Observations)}.
     * The default binds anew on every call.
     */
    default Supplier<DifferentiableFunction> prepare(Evaluator evaluator, Observations data) {
        return () -> bind(evaluator, data);
    }

    /** Convenience: binds to {@code law.bind(data)}. */
    default DifferentiableFunction bind(Law law, Observations data) {
        return bind(law.bind(data), data);
    }
}
