package org.scalingsuite.core.compare;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.Fitter;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.core.fit.StartGrid;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.objective.Objective;
import org.scalingsuite.core.optim.Bounds;

/**
 * A method built from the core's parts: a law in the parameterisation it is optimised in, an objective,
 * a local fitter run from every start of a grid (the best converged start is kept,
 * {@link MultiStartFitter}), and a conversion of the optimised parameters to the direct Chinchilla form
 * (E, A, B, alpha, beta) in which the comparison reports them. Bootstrap refits start once, from the fit on
 * the original runs.
 */
public final class MultiStartMethod implements EstimationMethod {

    private final String id;
    private final String description;
    private final Law law;
    private final Objective objective;
    private final Bounds bounds;
    private final StartGrid grid;
    private final Fitter fitter;
    private final UnaryOperator<double[]> toDirect;
    private final UnaryOperator<double[]> fromDirect;

    /**
     * @param id          the method's id
     * @param description one line: form, objective, optimizer, starts
     * @param law         the law as optimised (e.g. the log-sum-exp Chinchilla form)
     * @param objective   the fitting criterion
     * @param bounds      bounds on the optimised parameters, or null for none
     * @param grid        the starts
     * @param fitter      the local fitter
     * @param toDirect    optimised parameters to (E, A, B, alpha, beta)
     * @param fromDirect  (E, A, B, alpha, beta) to optimised parameters (the warm start of a refit)
     */
    public MultiStartMethod(String id, String description, Law law, Objective objective, Bounds bounds, StartGrid grid,
            Fitter fitter, UnaryOperator<double[]> toDirect, UnaryOperator<double[]> fromDirect) {
        this.id = Objects.requireNonNull(id);
        this.description = Objects.requireNonNull(description);
        this.law = Objects.requireNonNull(law);
        this.objective = Objects.requireNonNull(objective);
        this.bounds = bounds;
        this.grid = Objects.requireNonNull(grid);
        this.fitter = Objects.requireNonNull(fitter);
        this.toDirect = Objects.requireNonNull(toDirect);
        this.fromDirect = Objects.requireNonNull(fromDirect);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /** @return the starts of the complete procedure. */
    public StartGrid grid() {
        return grid;
    }

    /** @return the problem this method solves on {@code runs}. */
    public FitProblem problem(Observations runs) {
        FitProblem problem = FitProblem.of(law, runs, objective);
        return bounds == null ? problem : problem.withBounds(bounds);
    }

    @Override
    public MethodFit fit(Observations runs, int threads) {
        MultiStartResult result = MultiStartFitter.of(fitter).withThreads(threads).fit(problem(runs), grid);
        FitResult best = result.best();
        String detail = (grid.size() == 1 ? "one start" : "best of " + grid.size() + " starts (" + result.converged()
                + " converged)") + ": " + best.detail();
        return new MethodFit(ChinchillaLaw.instance(), toDirect.apply(best.parameters()), best.objective(),
                result.evaluations(), best.termination(), detail, best.warnings());
    }

    @Override
    public MethodFit refit(Observations resample, MethodFit previous) {
        FitResult r = fitter.fit(problem(resample), fromDirect.apply(previous.parameters()));
        return new MethodFit(ChinchillaLaw.instance(), toDirect.apply(r.parameters()), r.objective(), r.evaluations(),
                r.termination(), r.detail(), r.warnings());
    }
}
