package org.scalingsuite.reproductions.lrannealing;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.core.fit.StartGrid;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.optim.Bounds;

/**
 * Tissue et al.'s fitting recipe (their public example): the sum over all fitted points of
 * {@code Huber_delta(ln L_obs - ln L_pred)} with {@code delta = 1e-3}, minimised by L-BFGS-B with every parameter
 * bounded below by 0, from each of the 54 starts {@code L0 in {0.1, 2.1}, A in {1, 11.5, 22}, C in {1, 11.5, 22},
 * alpha in {0, 0.4, 0.8}}; the best converged start is kept. The areas use {@code lambda = 0.999}.
 *
 * <p>Gradients are analytic ({@link AnnealingLaw}); the example's scipy run used finite differences. L-BFGS-B
 * runs with core's scale-invariant defaults ({@link LbfgsbFitter#withDefaults()}), so starts stop at the optimum,
 * not at scipy's looser {@code ftol = 1e-9}.
 */
public final class AnnealingFitter {

    /** Momentum decay of S2 in the authors' example. */
    public static final double LAMBDA = 0.999;
    /** Huber threshold on log residuals in the authors' example. */
    public static final double HUBER_DELTA = 1e-3;

    private final int threads;
    private final LbfgsbFitter local;

    private AnnealingFitter(int threads, LbfgsbFitter local) {
        this.threads = threads;
        this.local = local;
    }

    /** @return the recipe on one thread with core's default L-BFGS-B. */
    public static AnnealingFitter withDefaults() {
        return new AnnealingFitter(1, LbfgsbFitter.withDefaults());
    }

    public AnnealingFitter withThreads(int count) {
        return new AnnealingFitter(count, local);
    }

    /** @return the 54-start grid of the example, iterated as {@code itertools.product(L0, A, C, alpha)}. */
    public static StartGrid grid() {
        return StartGrid.builder()
                .values("L0", 0.1, 2.1)
                .values("A", 1, 11.5, 22)
                .values("C", 1, 11.5, 22)
                .values("alpha", 0, 0.4, 0.8)
                .order("L0", "A", "C", "alpha")
                .build(AnnealingLaw.PARAMETERS);
    }

    /** @return the problem: Huber(1e-3) on log residuals, summed, all parameters at least 0. */
    public static FitProblem problem(Observations data) {
        return FitProblem.of(AnnealingLaw.instance(), data, HuberLoss.onLogResiduals(HUBER_DELTA))
                .withBounds(Bounds.atLeast(0, 0, 0, 0));
    }

    /** Fits the curves jointly, with S1 and S2 from their per-step schedules. */
    public AnnealingFit fit(List<ObservedCurve> curves) {
        return fit(ObservedCurve.annealingObservations(curves, LAMBDA));
    }

    /** Fits observations of S1, S2 and loss. */
    public AnnealingFit fit(Observations data) {
        MultiStartResult grid = MultiStartFitter.of(local).withThreads(threads).fit(problem(data), grid());
        boolean identified = false;
        int s2 = data.inputNames().indexOf("S2");
        for (int i = 0; i < data.size(); i++) {
            if (data.input(s2, i) != 0) {
                identified = true;
                break;
            }
        }
        double[] p = grid.best().parameters();
        List<String> warnings = new ArrayList<>(grid.best().warnings());
        if (!identified) {
            p[AnnealingLaw.PARAMETERS.indexOf("C")] = Double.NaN;
            warnings.removeIf(w -> w.startsWith("parameter C "));
            warnings.add("C is not identified: every fitted point has S2 = 0 (no annealing), so the data do not "
                    + "determine C and no value is reported (the optimizer leaves it at its start value)");
        }
        if (!grid.best().converged()) {
            warnings.add("no start converged: " + grid.best().detail());
        }
        return new AnnealingFit(grid, identified, p, warnings);
    }
}
